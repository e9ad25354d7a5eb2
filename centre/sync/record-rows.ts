/** A request's events, through the records_event_request index. */
import type { Transaction } from 'kysely';
import type { Schema, StoreKind } from '../db/schema';
import { eventRequestId } from '../db/json';

/** The events of one request (deleted ones included; callers filter). */
export async function eventsOfRequest(trx: Transaction<Schema>, kind: StoreKind, requestId: string): Promise<Record<string, unknown>[]> {
  const rows = await trx.selectFrom('records').select('data').where('tbl', '=', 'requestEvents').where(eventRequestId(kind), '=', requestId).execute();
  return rows.map((r) => JSON.parse(r.data) as Record<string, unknown>);
}
