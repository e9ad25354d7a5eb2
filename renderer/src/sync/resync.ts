/**
 * Repair after a push answered 409 `resync_required` (docs/sync-protocol.md §5): the centre
 * lost mutations it had acknowledged (restored from a backup), so they are gone from the
 * outbox but their effects are still in this station's records, with their field clocks.
 * The station pulls from the start, then queues every field of its own subtree whose local
 * clock is later than the centre's (or that the centre lacks) with ITS ORIGINAL CLOCK, and
 * renumbers the outbox from `lastApplied + 1`. Per-field merge by HLC makes this restore
 * exactly what was lost and override nothing newer.
 *
 * The repair writes outbox rows itself rather than through the data layer: the data layer
 * stamps new clocks, and a new clock would wrongly beat edits made elsewhere meanwhile.
 */
import { SYNCED_TABLES } from '../../../shared/domain/entities';
import { compareHlc } from '../../../shared/clock/hlc';
import { newId } from '../../../shared/ids';
import { isWithin } from '../../../shared/org/org-path';
import type { Mutation } from '../../../shared/sync/mutation';
import type { LianxinDb } from '../db/schema';
import { readDevice, writeDevice } from '../db/device';
import type { CentreClient } from './centre-client';
import { CURSOR_KEY, readEnrolment } from './local-state';
import { fieldClock, type ClockedRecord } from './merge';
import { pullAll, type PullOptions } from './pull';

const NOT_SENT = new Set(['id', '_hlc', '_clocks', 'flags']);

/** Returns how many mutations were queued to restore what the centre lost. */
export async function repairLostPush(db: LianxinDb, client: CentreClient, lastApplied: number, options: PullOptions = {}): Promise<number> {
  const enrolment = await readEnrolment(db.meta);
  if (!enrolment) return 0;
  const centreClocks = new Map<string, Record<string, string>>();
  await db.meta.delete(CURSOR_KEY);
  await pullAll(db, client, {
    ...options,
    onChanges: (changes) => {
      for (const c of changes) centreClocks.set(`${c.table}/${c.recordId}`, { ...centreClocks.get(`${c.table}/${c.recordId}`), ...c.clocks });
    },
  });
  const restore: Omit<Mutation, 'seq'>[] = [];
  for (const table of SYNCED_TABLES) {
    await db.table<ClockedRecord, string>(table).where('orgPath').startsWith(enrolment.orgPath).each((record) => {
      if (!isWithin(record.orgPath, enrolment.orgPath)) return;
      const known = centreClocks.get(`${table}/${record.id}`) ?? {};
      const byClock = new Map<string, Record<string, unknown>>();
      for (const [field, value] of Object.entries(record)) {
        if (NOT_SENT.has(field) || value === undefined) continue;
        const local = fieldClock(record, field);
        const remote = known[field];
        if (remote && compareHlc(local, remote) <= 0) continue;
        byClock.set(local, { ...byClock.get(local), [field]: value });
      }
      // Oldest clock first: the creation's fields (with createdAt) must reach the centre before later edits.
      for (const [hlc, fields] of [...byClock].sort(([a], [b]) => compareHlc(a, b))) {
        restore.push({ mutationId: newId(), table, recordId: record.id, orgPath: record.orgPath, op: 'upsert', fields, hlc, operatorId: String(record.updatedBy ?? 'resync') });
      }
    });
  }
  await db.transaction('rw', [db.outbox, db.meta], async () => {
    const device = await readDevice(db.meta);
    const pending = (await db.outbox.orderBy('seq').toArray()).flatMap((row) => row.mutations.filter((m) => m.seq > device.ackedSeq));
    let seq = lastApplied;
    const mutations = [...restore, ...pending].map((m) => ({ ...m, seq: ++seq }));
    await db.outbox.clear();
    if (mutations.length) await db.outbox.add({ seq: mutations[0]!.seq, lastSeq: seq, mutations, operatorId: 'resync', at: new Date().toISOString() });
    await writeDevice(db.meta, { ...device, seq, ackedSeq: lastApplied });
  });
  return restore.length;
}
