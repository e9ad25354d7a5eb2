/**
 * Administrator sessions. The browser holds a random id in an HttpOnly cookie; the centre
 * keeps only its SHA-256, so a copy of the database signs nobody in. A session ends after
 * IDLE_MINUTES without a request or ABSOLUTE_HOURS after sign-in, whichever comes first, and
 * at once when its account is disabled or its password reset.
 */
import type { Store } from '../db/store';
import { hashSecret, newCredential } from '../enrolment/secrets';
import { toAccount, type Account } from './accounts';

export const IDLE_MINUTES = 30;
export const ABSOLUTE_HOURS = 12;
/** last_seen_at is rewritten at most this often: a screen making a few calls a second needs no write each. */
const TOUCH_EVERY_MS = 60_000;

const iso = (ms: number) => new Date(ms).toISOString();

/** Starts a session and returns the id for the cookie; sessions that have run out are swept at the same time. */
export async function createSession(store: Store, accountId: string, now = Date.now()): Promise<string> {
  const id = newCredential();
  await store.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('admin_sessions')
      .where((eb) => eb.or([eb('last_seen_at', '<', iso(now - IDLE_MINUTES * 60_000)), eb('created_at', '<', iso(now - ABSOLUTE_HOURS * 3_600_000))]))
      .execute();
    await trx.insertInto('admin_sessions').values({ id_hash: hashSecret(id), account_id: accountId, created_at: iso(now), last_seen_at: iso(now) }).execute();
  });
  return id;
}

/** The account a session id belongs to, if the session is current and the account enabled; counts as activity. */
export async function findSession(store: Store, id: string, now = Date.now()): Promise<Account | null> {
  const idHash = hashSecret(id);
  const row = await store.db
    .selectFrom('admin_sessions')
    .innerJoin('admin_accounts', 'admin_accounts.id', 'admin_sessions.account_id')
    .selectAll('admin_accounts')
    .select(['admin_sessions.created_at as session_created_at', 'admin_sessions.last_seen_at as session_seen_at'])
    .where('admin_sessions.id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return null;
  const idle = now - Date.parse(row.session_seen_at) > IDLE_MINUTES * 60_000;
  const old = now - Date.parse(row.session_created_at) > ABSOLUTE_HOURS * 3_600_000;
  if (idle || old || row.disabled_at) {
    await endSession(store, id);
    return null;
  }
  if (now - Date.parse(row.session_seen_at) >= TOUCH_EVERY_MS) await store.db.updateTable('admin_sessions').set({ last_seen_at: iso(now) }).where('id_hash', '=', idHash).execute();
  const { session_created_at: _created, session_seen_at: _seen, ...account } = row;
  return toAccount(account);
}

export async function endSession(store: Store, id: string): Promise<void> {
  await store.db.deleteFrom('admin_sessions').where('id_hash', '=', hashSecret(id)).execute();
}
