/**
 * Applying one push (POST /api/sync/push) in ONE transaction: the mutations the device has not
 * sent before are checked and merged one by one, rejections are kept, touched requests are
 * derived again, and the device's `last_seq_applied` moves with them. A crash anywhere leaves
 * nothing of the batch; the station's retry then applies it exactly once.
 */
import type { Transaction } from 'kysely';
import type { HelpRequest, RequestEvent } from '../../shared/domain/entities';
import type { PushRequest, PushResponse } from '../../shared/sync/protocol';
import type { Mutation } from '../../shared/sync/mutation';
import { lockChangeLog, type Store } from '../db/store';
import { setMeta, META_CENTRE_HLC } from '../db/meta';
import type { Schema } from '../db/schema';
import { checkMutation, DERIVED_ONLY, type Refusal } from './check-mutation';
import { checkEvent, rederive } from './events';
import { applyWinners, winningFields } from './merge';
import { eventsOfRequest, readHeld, writeChange } from './record-rows';

export type PushOutcome =
  | { ok: true; answer: Omit<PushResponse, 'centreTime' | 'updateAvailable'> }
  | { ok: false; reason: 'resyncRequired'; lastApplied: number }
  | { ok: false; reason: 'revoked' };

export interface PushHooks {
  /** Called after each mutation is merged, inside the transaction: tests throw here to prove atomicity. */
  afterMutation?: (index: number) => void | Promise<void>;
}

type Rejection = PushResponse['rejected'][number];

export async function applyPush(store: Store, deviceId: string, body: PushRequest, opts: { now?: number; hooks?: PushHooks } = {}): Promise<PushOutcome> {
  const now = opts.now ?? Date.now();
  const at = new Date(now).toISOString();
  return store.db.transaction().execute(async (trx) => {
    // Taken first: it serialises pushes (so two retries of one batch cannot both pass the
    // seq check) and keeps change-log order equal to commit order.
    await lockChangeLog(trx, store.kind);
    const device = await trx.selectFrom('devices').select(['org_path', 'last_seq_applied', 'revoked_at']).where('id', '=', deviceId).executeTakeFirstOrThrow();
    if (device.revoked_at) return { ok: false, reason: 'revoked' } as const;
    const last = Number(device.last_seq_applied);
    const first = body.mutations[0]?.seq ?? last + 1;
    // The station deletes a mutation only after the centre acknowledged it, so a gap means
    // the centre has lost what it acknowledged (a restored backup): see docs/sync-protocol.md.
    if (first > last + 1) return { ok: false, reason: 'resyncRequired', lastApplied: last } as const;
    const fresh = body.mutations.filter((m) => m.seq > last);
    const repeated = await repeatedRejections(trx, deviceId, first, last);
    const rejected: Rejection[] = [...repeated];
    const touchedRequests = new Set<string>();
    for (const [i, m] of fresh.entries()) {
      const refusal = await applyMutation(trx, store, m, device.org_path, deviceId, now, at, touchedRequests);
      if (refusal) {
        rejected.push({ seq: m.seq, mutationId: m.mutationId, code: refusal.code, message: refusal.message });
        await trx.insertInto('push_rejections').values({ device_id: deviceId, seq: m.seq, mutation_id: m.mutationId, code: refusal.code, message: refusal.message, at }).execute();
      }
      await opts.hooks?.afterMutation?.(i);
    }
    for (const requestId of touchedRequests) await rederiveRequest(trx, store, requestId, at);
    const through = Math.max(last, body.mutations.at(-1)?.seq ?? last);
    await trx.updateTable('devices').set({ last_seq_applied: through, last_seen_at: at }).where('id', '=', deviceId).execute();
    await setMeta(trx, META_CENTRE_HLC, store.clock.last);
    return { ok: true, answer: { acknowledgedThrough: through, rejected } } as const;
  });
}

/** Rejections of mutations this batch repeats: the first answer may have been lost. */
async function repeatedRejections(trx: Transaction<Schema>, deviceId: string, first: number, last: number): Promise<Rejection[]> {
  if (first > last) return [];
  const rows = await trx.selectFrom('push_rejections').selectAll().where('device_id', '=', deviceId).where('seq', '>=', first).where('seq', '<=', last).orderBy('seq').execute();
  return rows.map((r) => ({ seq: Number(r.seq), mutationId: r.mutation_id, code: r.code as Rejection['code'], message: r.message }));
}

async function applyMutation(
  trx: Transaction<Schema>, store: Store, m: Mutation, devicePath: string, deviceId: string, now: number, at: string, touched: Set<string>,
): Promise<Refusal | null> {
  const held = await readHeld(trx, m.table, m.recordId);
  const refusal = checkMutation(m, held, devicePath, now);
  if (refusal) return refusal;
  if (m.table === 'requestEvents') {
    const requestId = String(held?.data.requestId ?? m.fields.requestId);
    const request = (await readHeld(trx, 'requests', requestId))?.data as HelpRequest | undefined;
    const events = (await eventsOfRequest(trx, store.kind, requestId)).filter((e) => !e.deleted) as unknown as RequestEvent[];
    const eventRefusal = checkEvent(m, held?.data as RequestEvent | undefined, { request, events }, devicePath);
    if (eventRefusal) return eventRefusal;
    touched.add(requestId);
  }
  if (m.table === 'requests') touched.add(m.recordId);
  const incoming: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m.fields)) if (k !== 'id' && !DERIVED_ONLY.has(k)) incoming[k] = v;
  if (!held || held.orgPath !== m.orgPath) incoming.orgPath = m.orgPath;
  const won = winningFields(held, incoming, m.hlc);
  try {
    store.clock.receive(m.hlc);
  } catch {
    // Already checked against MAX_CLOCK_AHEAD_MS; the centre clock just does not follow it.
  }
  if (Object.keys(won).length === 0) return null;
  const record = applyWinners(held, { ...won, ...(held ? {} : { id: m.recordId }) }, m.hlc);
  await writeChange(trx, { tbl: m.table, id: m.recordId, record, fields: won, hlc: m.hlc, deviceId, at });
  return null;
}

/** Folds a request's events again and writes the derived fields that changed as a centre change. */
async function rederiveRequest(trx: Transaction<Schema>, store: Store, requestId: string, at: string): Promise<void> {
  const held = await readHeld(trx, 'requests', requestId);
  if (!held) return;
  const events = (await eventsOfRequest(trx, store.kind, requestId)) as unknown as RequestEvent[];
  const changed = rederive(held.data as unknown as HelpRequest, events);
  if (Object.keys(changed).length === 0) return;
  const hlc = store.clock.tick();
  await writeChange(trx, { tbl: 'requests', id: requestId, record: applyWinners(held, changed, hlc), fields: changed, hlc, deviceId: null, at });
}
