/**
 * The few places the centre looks inside a record's JSON in SQL, one expression per store:
 * SQLite's json_extract and PostgreSQL's ->> give the same text. An index on an expression is
 * used only by a query with the very same expression, so both take it from here.
 */
import { sql, type RawBuilder } from 'kysely';
import type { StoreKind } from './schema';

/** A top-level text field of `records.data` (the name is a constant of ours, never input). */
export function dataText(kind: StoreKind, field: 'requestId' | 'status' | 'updatedAt', table = 'records'): RawBuilder<string | null> {
  const column = sql.ref(`${table}.data`);
  return kind === 'postgres' ? sql`((${column})::jsonb ->> ${sql.lit(field)})` : sql`json_extract(${column}, ${sql.lit(`$.${field}`)})`;
}

/** A top-level text field of `data` as an index expression (unqualified column, as CREATE INDEX needs). */
function indexedText(kind: StoreKind, field: 'requestId' | 'sourceId'): RawBuilder<string | null> {
  return kind === 'postgres' ? sql`((data)::jsonb ->> ${sql.lit(field)})` : sql`json_extract(data, ${sql.lit(`$.${field}`)})`;
}

/** The index expression of records_event_request: the request an event belongs to. */
export const eventRequestId = (kind: StoreKind) => indexedText(kind, 'requestId');

/** The index expression of records_credit_source: the request (or visit, activity) a service record credits. */
export const creditSourceId = (kind: StoreKind) => indexedText(kind, 'sourceId');
