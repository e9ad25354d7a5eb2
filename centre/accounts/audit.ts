/**
 * 审计 the audit of what administrators did: who, when, what, to what, with which details and
 * from which address. Written after the action succeeded (a refused action changed nothing
 * and is answered to the caller); failed sign-ins and lock-outs are written too.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema';
import type { Store } from '../db/store';

export type AuditAction =
  | 'signIn' | 'signInFailed' | 'locked' | 'signOut'
  | 'account.create' | 'account.disable' | 'account.enable' | 'account.password' | 'account.role'
  | 'code.create' | 'code.withdraw' | 'device.revoke'
  | 'catalogue.item' | 'calendar.save';

export interface Actor {
  /** An account id, or 'token' for the admin token. */
  id: string;
  name: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorId: string;
  actorName: string;
  action: AuditAction;
  target: string | null;
  details: Record<string, unknown>;
  address: string | null;
}

export async function writeAudit(
  db: Kysely<Schema>,
  entry: { actor: Actor; action: AuditAction; target?: string | null; details?: Record<string, unknown>; address?: string | null; now?: number },
): Promise<void> {
  await db
    .insertInto('admin_audit')
    .values({
      at: new Date(entry.now ?? Date.now()).toISOString(), actor_id: entry.actor.id, actor_name: entry.actor.name, action: entry.action,
      target: entry.target ?? null, details: JSON.stringify(entry.details ?? {}), address: entry.address ?? null,
    })
    .execute();
}

export const AUDIT_PAGE = 200;

/** Newest first, a page at a time: `before` is the smallest id of the page already shown. */
export async function listAudit(store: Store, opts: { before?: number | undefined; limit?: number | undefined; actorId?: string | undefined } = {}): Promise<AuditEntry[]> {
  let q = store.db.selectFrom('admin_audit').selectAll().orderBy('id', 'desc').limit(Math.min(opts.limit ?? AUDIT_PAGE, AUDIT_PAGE));
  if (opts.before !== undefined) q = q.where('id', '<', opts.before);
  if (opts.actorId !== undefined) q = q.where('actor_id', '=', opts.actorId);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: Number(r.id), at: r.at, actorId: r.actor_id, actorName: r.actor_name, action: r.action as AuditAction, target: r.target,
    details: JSON.parse(r.details) as Record<string, unknown>, address: r.address,
  }));
}
