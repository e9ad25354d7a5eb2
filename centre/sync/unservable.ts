/**
 * Records the centre holds but cannot serve (stored before shared/sync/value-bounds.ts existed,
 * or written around the push checks): a pull skips such a record with a logged error, so one
 * record never fails a page, and notes it in the meta row `unservable_records` for the
 * administrator: `{ count, records: [{ table, recordId, reason, at }] }` (the last 100).
 */
import type { SyncedTableName } from '../../shared/domain/entities';
import { fieldsBoundsProblem } from '../../shared/sync/value-bounds';
import type { Store } from '../db/store';
import { getMeta, setMeta } from '../db/meta';
import { MAX_FIELDS_BYTES_OF } from './table-checks';

export const META_UNSERVABLE = 'unservable_records';
const KEEP = 100;

export interface UnservableLog {
  count: number;
  records: { table: string; recordId: string; reason: string; at: string }[];
}

/** The record's fields parsed from stored JSON, or why they cannot be served. */
export function servableFields(table: string, json: string): { fields: Record<string, unknown> } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    return { problem: `stored JSON does not parse: ${(e as Error).message}` };
  }
  const problem = fieldsBoundsProblem(data, { maxStringChars: MAX_FIELDS_BYTES_OF[table as SyncedTableName] ?? 64 * 1024 });
  return problem ? { problem } : { fields: data as Record<string, unknown> };
}

export async function readUnservable(store: Store): Promise<UnservableLog> {
  const raw = await getMeta(store.db, META_UNSERVABLE);
  return raw ? (JSON.parse(raw) as UnservableLog) : { count: 0, records: [] };
}

export async function noteUnservable(store: Store, table: string, recordId: string, reason: string): Promise<void> {
  console.error(`pull skipped ${table} ${recordId}: it cannot be served (${reason})`);
  try {
    const log = await readUnservable(store);
    const records = [...log.records.filter((r) => !(r.table === table && r.recordId === recordId)), { table, recordId, reason: reason.slice(0, 300), at: new Date().toISOString() }].slice(-KEEP);
    await setMeta(store.db, META_UNSERVABLE, JSON.stringify({ count: log.count + 1, records } satisfies UnservableLog));
  } catch (e) {
    console.error('could not note an unservable record', e);
  }
}
