/**
 * The mutations the centre refused for good, and what a person may do about each: open the
 * record and fix it (a new edit is a new mutation the centre judges afresh), discard the
 * notice, or — for a record whose creation was refused — remove the record from this PC.
 *
 * Why that removal bypasses the data layer: the centre never accepted the record, so a
 * tombstone through the outbox would only be refused again ("unknown record") and leave a
 * second notice. Nothing about it exists outside this PC, so deleting it here (with its
 * outbox-free events) is the whole truth. Every other record is fixed through the data layer.
 */
import { SYNCED_TABLES } from '../../../shared/domain/entities';
import type { LianxinDb } from '../db/schema';
import { rejectionsTable, type Rejection } from './local-state';
import { rederiveRequests } from './rederive';

/** The mutation created the record (a creation carries `createdAt`; later edits never do). */
export function isRejectedCreation(r: Rejection): boolean {
  return 'createdAt' in r.mutation.fields;
}

export async function discardRejection(db: LianxinDb, mutationId: string): Promise<void> {
  await rejectionsTable(db).delete(mutationId);
}

/** Removes a record the centre refused to create, and every notice about it, in one transaction. */
export async function removeRefusedRecord(db: LianxinDb, rejection: Rejection, now = Date.now()): Promise<void> {
  if (!isRejectedCreation(rejection)) throw new Error('only a record whose creation was refused can be removed locally');
  const stores = SYNCED_TABLES.map((t) => db.table(t));
  await db.transaction('rw', [...stores, rejectionsTable(db)], async () => {
    const table = db.table(rejection.table);
    const record = (await table.get(rejection.recordId)) as { requestId?: string } | undefined;
    await table.delete(rejection.recordId);
    await rejectionsTable(db).where('[table+recordId]').equals([rejection.table, rejection.recordId]).delete();
    if (rejection.table === 'requests') {
      const events = db.synced('requestEvents').where('requestId').equals(rejection.recordId);
      const ids = (await events.primaryKeys()) as string[];
      await db.synced('requestEvents').bulkDelete(ids);
    }
    if (rejection.table === 'requestEvents' && record?.requestId) await rederiveRequests(db, [record.requestId], now);
  });
}
