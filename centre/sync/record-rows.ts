/**
 * Reading and writing single records inside a push transaction: the record row and its
 * change-log row are written together, so a pull never sees one without the other.
 */
import type { Transaction } from 'kysely';
import type { SyncedTableName } from '../../shared/domain/entities';
import type { Schema, StoreKind } from '../db/schema';
import { eventRequestId } from '../db/json';
import type { HeldRecord } from './merge';

export async function readHeld(trx: Transaction<Schema>, tbl: SyncedTableName, id: string): Promise<(HeldRecord & { orgPath: string }) | undefined> {
  const row = await trx.selectFrom('records').select(['org_path', 'data', 'field_clocks']).where('tbl', '=', tbl).where('id', '=', id).executeTakeFirst();
  return row && { orgPath: row.org_path, data: JSON.parse(row.data) as Record<string, unknown>, clocks: JSON.parse(row.field_clocks) as Record<string, string> };
}

/** Writes the record as it now is and logs the fields that changed; returns the change seq. */
export async function writeChange(
  trx: Transaction<Schema>,
  change: { tbl: SyncedTableName; id: string; record: HeldRecord; fields: Record<string, unknown>; hlc: string; deviceId: string | null; at: string },
): Promise<number> {
  const orgPath = String(change.record.data.orgPath);
  const logged = await trx
    .insertInto('changes')
    .values({ tbl: change.tbl, id: change.id, org_path: orgPath, fields: JSON.stringify(change.fields), hlc: change.hlc, device_id: change.deviceId, at: change.at })
    .returning('seq')
    .executeTakeFirstOrThrow();
  const seq = Number(logged.seq);
  const row = { org_path: orgPath, data: JSON.stringify(change.record.data), field_clocks: JSON.stringify(change.record.clocks), deleted: change.record.data.deleted === true ? 1 : 0, updated_seq: seq };
  await trx
    .insertInto('records')
    .values({ tbl: change.tbl, id: change.id, ...row })
    .onConflict((oc) => oc.columns(['tbl', 'id']).doUpdateSet(row))
    .execute();
  return seq;
}

/** The events of one request (deleted ones included; callers filter), through records_event_request. */
export async function eventsOfRequest(trx: Transaction<Schema>, kind: StoreKind, requestId: string): Promise<Record<string, unknown>[]> {
  const rows = await trx.selectFrom('records').select('data').where('tbl', '=', 'requestEvents').where(eventRequestId(kind), '=', requestId).execute();
  return rows.map((r) => JSON.parse(r.data) as Record<string, unknown>);
}
