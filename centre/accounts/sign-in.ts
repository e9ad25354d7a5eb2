/**
 * Signing in by name and password, with a lock-out per account: after LOCK_AFTER_FAILURES
 * wrong passwords in a row the account refuses every attempt, right or wrong, for
 * LOCK_MINUTES, so guessing from a list gets a handful of tries per quarter hour. (The route
 * adds a limit per client address, against one machine trying many names.)
 */
import type { Store } from '../db/store';
import { toAccount, type Account } from './accounts';
import { dummyHash, verifyPassword } from './password';

export const LOCK_AFTER_FAILURES = 5;
export const LOCK_MINUTES = 15;

export type SignInResult =
  | { ok: true; account: Account }
  | { ok: false; reason: 'wrong' }
  /** Locked; `fresh` when this very failure locked it. */
  | { ok: false; reason: 'locked'; lockedUntil: string; account: Account; fresh: boolean }
  /** Right password of a disabled account: said only then, so the state of an account is not told to someone guessing. */
  | { ok: false; reason: 'disabled'; account: Account }
  /** A wrong password for a known account, counted towards the lock-out. */
  | { ok: false; reason: 'wrongPassword'; account: Account; failures: number };

export async function signIn(store: Store, name: string, password: string, now = Date.now()): Promise<SignInResult> {
  const row = await store.db.selectFrom('admin_accounts').selectAll().where('name', '=', name.trim()).executeTakeFirst();
  if (!row) {
    // As slow as a known name, so the answer's timing does not tell which names exist.
    await verifyPassword(password, await dummyHash());
    return { ok: false, reason: 'wrong' };
  }
  const at = new Date(now).toISOString();
  if (row.locked_until && row.locked_until > at) return { ok: false, reason: 'locked', lockedUntil: row.locked_until, account: toAccount(row), fresh: false };
  if (!(await verifyPassword(password, row.password_hash))) {
    // Counted in the database in one statement, so parallel attempts cannot each see "4".
    const counted = await store.db
      .updateTable('admin_accounts')
      .set((eb) => ({ failed_sign_ins: eb('failed_sign_ins', '+', 1) }))
      .where('id', '=', row.id)
      .returning('failed_sign_ins')
      .executeTakeFirst();
    const failures = Number(counted?.failed_sign_ins ?? LOCK_AFTER_FAILURES);
    if (failures >= LOCK_AFTER_FAILURES) {
      const lockedUntil = new Date(now + LOCK_MINUTES * 60_000).toISOString();
      await store.db.updateTable('admin_accounts').set({ failed_sign_ins: 0, locked_until: lockedUntil }).where('id', '=', row.id).execute();
      return { ok: false, reason: 'locked', lockedUntil, account: toAccount({ ...row, locked_until: lockedUntil }), fresh: true };
    }
    return { ok: false, reason: 'wrongPassword', account: toAccount(row), failures };
  }
  if (row.disabled_at) return { ok: false, reason: 'disabled', account: toAccount(row) };
  await store.db.updateTable('admin_accounts').set({ failed_sign_ins: 0, locked_until: null, last_sign_in_at: at }).where('id', '=', row.id).execute();
  return { ok: true, account: toAccount({ ...row, failed_sign_ins: 0, locked_until: null, last_sign_in_at: at }) };
}
