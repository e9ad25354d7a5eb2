/**
 * Push: the outbox in sequence order, at most `maxMutations` per request and at most
 * `maxBytes` of mutations (a visit photo is ~0.5 MB, so 500 of them would be far past the centre's
 * body limit). The centre answers
 * how far it has applied or rejected (`acknowledgedThrough`); only then, in ONE transaction,
 * are those outbox rows deleted, `meta.device.ackedSeq` advanced and the rejected mutations
 * kept in `rejections`. A lost answer leaves the outbox as it was: the retry sends the same
 * sequence numbers and the centre applies each once.
 */
import { MAX_BODY_BYTES, MAX_PUSH_MUTATIONS, type PushResponse } from '../../../shared/sync/protocol';
import type { Mutation } from '../../../shared/sync/mutation';
import type { LianxinDb } from '../db/schema';
import { peekDevice, readDevice, writeDevice } from '../db/device';
import type { CentreClient } from './centre-client';
import { rejectionsTable, type Rejection } from './local-state';
import { compareHlc } from '../../../shared/clock/hlc';

export interface PushOptions {
  maxMutations?: number;
  maxBytes?: number;
  appVersion: string;
  now?: () => number;
}

export interface PushResult {
  sent: number;
  acknowledgedThrough: number;
  rejected: number;
  updateAvailable: boolean;
}

/**
 * The mutations of one push, as JSON, may take this much of the centre's body limit; the rest is
 * room for the envelope (protocol, versions, brackets).
 */
export const MAX_BATCH_BYTES = MAX_BODY_BYTES - 64 * 1024;

const utf8 = new TextEncoder();

/**
 * The next unacknowledged mutations in sequence order (rows may be cut where the centre
 * acknowledged part), at most `max` of them and at most `maxBytes` of JSON — but always at least
 * one, so a single large mutation still goes (alone) and is answered by the centre.
 */
export async function nextBatch(db: LianxinDb, max: number, maxBytes = MAX_BATCH_BYTES): Promise<Mutation[]> {
  const acked = (await peekDevice(db.meta))?.ackedSeq ?? 0;
  const out: Mutation[] = [];
  let bytes = 0;
  let full = false;
  await db.outbox.orderBy('seq').until(() => full || out.length >= max).each((row) => {
    for (const m of row.mutations) {
      if (full || m.seq <= acked || out.length >= max) continue;
      // +1: the comma between mutations in the array.
      const size = utf8.encode(JSON.stringify(m)).length + 1;
      if (out.length > 0 && bytes + size > maxBytes) {
        full = true;
        continue;
      }
      out.push(m);
      bytes += size;
    }
  });
  return out;
}

/** Sends one batch; null when the outbox is empty. */
export async function pushOnce(db: LianxinDb, client: CentreClient, options: PushOptions): Promise<PushResult | null> {
  const mutations = await nextBatch(db, options.maxMutations ?? MAX_PUSH_MUTATIONS, options.maxBytes);
  if (mutations.length === 0) return null;
  const answer = await client.push({ schemaVersion: Math.max(1, Math.round(db.verno)), appVersion: options.appVersion, mutations });
  await acknowledge(db, mutations, answer, new Date((options.now ?? Date.now)()).toISOString());
  return {
    sent: mutations.length,
    acknowledgedThrough: answer.acknowledgedThrough,
    rejected: answer.rejected.length,
    updateAvailable: answer.updateAvailable ?? false,
  };
}

/** Applies the centre's acknowledgement to the outbox, the device counter and the rejections at once. */
export async function acknowledge(db: LianxinDb, sent: readonly Mutation[], answer: PushResponse, at: string): Promise<void> {
  const through = answer.acknowledgedThrough;
  const bySeq = new Map(sent.map((m) => [m.seq, m]));
  await db.transaction('rw', [db.outbox, db.meta, rejectionsTable(db)], async () => {
    const rows = await db.outbox.where('seq').belowOrEqual(through).toArray();
    for (const row of rows) {
      await db.outbox.delete(row.seq);
      // A row the centre acknowledged in part (a batch cut at maxMutations) keeps its tail.
      const rest = row.mutations.filter((m) => m.seq > through);
      if (rest.length) await db.outbox.add({ ...row, seq: rest[0]!.seq, mutations: rest });
    }
    const device = await readDevice(db.meta);
    if (through > device.ackedSeq) await writeDevice(db.meta, { ...device, ackedSeq: Math.min(through, device.seq) });
    const rejections: Rejection[] = [];
    for (const r of answer.rejected) {
      const mutation = bySeq.get(r.seq);
      if (!mutation || r.seq > through) continue;
      rejections.push({ mutationId: mutation.mutationId, seq: r.seq, table: mutation.table, recordId: mutation.recordId, code: r.code, message: r.message, mutation, rejectedAt: at });
    }
    // A record fixed after a refusal: once a later change of it is accepted, its older
    // refusals no longer stand, so the 同步 page stops showing them.
    const refused = new Set(answer.rejected.map((r) => r.seq));
    const accepted = sent.filter((m) => m.seq <= through && !refused.has(m.seq));
    for (const m of accepted) {
      // By clock, not seq: enrolling again numbers the outbox from 1 anew.
      await rejectionsTable(db).where('[table+recordId]').equals([m.table, m.recordId]).and((r) => compareHlc(r.mutation.hlc, m.hlc) < 0).delete();
    }
    if (rejections.length) await rejectionsTable(db).bulkPut(rejections);
  });
}
