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
import { WorkingSet } from './working-set';
import { completionsInEffect, voidCredits } from './credits';

export type PushOutcome =
  | { ok: true; answer: Omit<PushResponse, 'centreTime' | 'updateAvailable'> }
  | { ok: false; reason: 'resyncRequired'; lastApplied: number }
  | { ok: false; reason: 'revoked' };

export interface PushHooks {
  /**
   * Called inside the transaction after the change-log rows are written and before the records
   * are: tests throw here to prove that a failure mid-batch leaves nothing behind.
   */
  beforeRecords?: () => void | Promise<void>;
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
    const rejected: Rejection[] = await repeatedRejections(trx, deviceId, first, last);
    const ws = new WorkingSet(trx, store.kind);
    await ws.load(fresh.flatMap((m) => [
      { tbl: m.table, id: m.recordId },
      ...(m.table === 'requestEvents' && typeof m.fields.requestId === 'string' ? [{ tbl: 'requests' as const, id: m.fields.requestId }] : []),
    ]));
    const touched: Touched = { requests: new Set(), credited: new Set() };
    const freshRejections: Rejection[] = [];
    for (const m of fresh) {
      const refusal = await applyMutation(ws, store, m, device.org_path, deviceId, now, touched);
      if (refusal) freshRejections.push({ seq: m.seq, mutationId: m.mutationId, code: refusal.code, message: refusal.message });
    }
    for (const requestId of touched.requests) await rederiveRequest(ws, store, requestId, touched.credited.has(requestId));
    await ws.flush(at, opts.hooks?.beforeRecords);
    if (freshRejections.length)
      await trx.insertInto('push_rejections').values(freshRejections.map((r) => ({ device_id: deviceId, seq: r.seq, mutation_id: r.mutationId, code: r.code, message: r.message, at }))).execute();
    const through = Math.max(last, body.mutations.at(-1)?.seq ?? last);
    await trx.updateTable('devices').set({ last_seq_applied: through, last_seen_at: at }).where('id', '=', deviceId).execute();
    await setMeta(trx, META_CENTRE_HLC, store.clock.last);
    return { ok: true, answer: { acknowledgedThrough: through, rejected: [...rejected, ...freshRejections] } } as const;
  });
}

/** Rejections of mutations this batch repeats: the first answer may have been lost. */
async function repeatedRejections(trx: Transaction<Schema>, deviceId: string, first: number, last: number): Promise<Rejection[]> {
  if (first > last) return [];
  const rows = await trx.selectFrom('push_rejections').selectAll().where('device_id', '=', deviceId).where('seq', '>=', first).where('seq', '<=', last).orderBy('seq').execute();
  return rows.map((r) => ({ seq: Number(r.seq), mutationId: r.mutation_id, code: r.code as Rejection['code'], message: r.message }));
}

/** The requests a batch touched, and those among them it wrote service records for. */
interface Touched {
  requests: Set<string>;
  credited: Set<string>;
}

async function applyMutation(ws: WorkingSet, store: Store, m: Mutation, devicePath: string, deviceId: string, now: number, touched: Touched): Promise<Refusal | null> {
  const held = await ws.get(m.table, m.recordId);
  const refusal = checkMutation(m, held && { orgPath: String(held.data.orgPath), data: held.data }, devicePath, now);
  if (refusal) return refusal;
  if (m.table === 'requestEvents') {
    const requestId = String(held?.data.requestId ?? m.fields.requestId);
    const request = (await ws.get('requests', requestId))?.data as HelpRequest | undefined;
    const events = (await ws.events(requestId)).filter((e) => !e.deleted) as unknown as RequestEvent[];
    const eventRefusal = checkEvent(m, held?.data as RequestEvent | undefined, { request, events }, devicePath, now);
    if (eventRefusal) return eventRefusal;
    touched.requests.add(requestId);
  }
  if (m.table === 'requests') touched.requests.add(m.recordId);
  // Hours credited to a request: whether they count follows its completions (credits.ts).
  if (m.table === 'serviceRecords') {
    const credit = held?.data ?? m.fields;
    if (credit.source === 'request' && typeof credit.sourceId === 'string') {
      touched.requests.add(credit.sourceId);
      touched.credited.add(credit.sourceId);
    }
  }
  const incoming: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m.fields)) if (k !== 'id' && !DERIVED_ONLY.has(k)) incoming[k] = v;
  if (!held || held.data.orgPath !== m.orgPath) incoming.orgPath = m.orgPath;
  const won = winningFields(held, incoming, m.hlc);
  try {
    store.clock.receive(m.hlc);
  } catch {
    // Already checked against MAX_CLOCK_AHEAD_MS; the centre clock just does not follow it.
  }
  if (Object.keys(won).length === 0) return null;
  const record = applyWinners(held, { ...won, ...(held ? {} : { id: m.recordId }) }, m.hlc);
  await ws.put(m.table, m.recordId, record, { tbl: m.table, id: m.recordId, fields: won, hlc: m.hlc, deviceId });
  return null;
}

/**
 * Folds a request's events again and records the derived fields that changed as a centre
 * change; then marks the hours of completions not in effect as voided (credits.ts). Only a
 * request with a completion, or one this batch credited, can have hours to void or restore:
 * the others (most pushes are dispatches and accepts) skip the read of its service records.
 */
async function rederiveRequest(ws: WorkingSet, store: Store, requestId: string, credited: boolean): Promise<void> {
  let held = await ws.get('requests', requestId);
  if (!held) return;
  const events = await ws.events(requestId);
  const changed = rederive(held.data as unknown as HelpRequest, events as unknown as RequestEvent[]);
  if (Object.keys(changed).length) {
    const hlc = store.clock.tick();
    held = applyWinners(held, changed, hlc);
    await ws.put('requests', requestId, held, { tbl: 'requests', id: requestId, fields: changed, hlc, deviceId: null });
  }
  if (credited || events.some((e) => e.kind === 'complete')) await voidCredits(ws, store, requestId, completionsInEffect(events, held.data.flags));
}
