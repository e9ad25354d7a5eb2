/**
 * The administrator's token for the /admin screen and /api/admin. Created at the centre's
 * first start and printed once; only its SHA-256 is kept (meta `admin_token_hash`). A lost
 * token is replaced with `npm run centre -- admin-token`, which prints a new one and makes the
 * old one useless.
 */
import { timingSafeEqual } from 'node:crypto';
import type { Store } from '../db/store';
import { getMeta, setMeta } from '../db/meta';
import { hashSecret, newCredential } from './secrets';

const META_ADMIN_TOKEN = 'admin_token_hash';

/** A new token when the store had none (to print once), else null. */
export async function ensureAdminToken(store: Store): Promise<string | null> {
  if (await getMeta(store.db, META_ADMIN_TOKEN)) return null;
  return resetAdminToken(store);
}

export async function resetAdminToken(store: Store): Promise<string> {
  const token = newCredential();
  await setMeta(store.db, META_ADMIN_TOKEN, hashSecret(token));
  return token;
}

export async function isAdminToken(store: Store, token: string): Promise<boolean> {
  const stored = await getMeta(store.db, META_ADMIN_TOKEN);
  if (!stored) return false;
  const a = Buffer.from(hashSecret(token), 'hex');
  const b = Buffer.from(stored, 'hex');
  return a.length === b.length && timingSafeEqual(a, b);
}
