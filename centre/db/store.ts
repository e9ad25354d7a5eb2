/**
 * The centre's store: open it (migrating to the current schema), write records together with
 * their change-log rows, read them back. The same code runs on SQLite and PostgreSQL.
 */
import { Kysely, Migrator, sql, type Transaction } from 'kysely';
import type { BaseRecord, SyncedTableName } from '../../shared/domain/entities';
import { HlcClock } from '../../shared/clock/hlc';
import { openDialect, type StoreLocation } from './dialect';
import { migrationProvider, SCHEMA_VERSION } from './migrations/index';
import { getMeta, META_CENTRE_HLC, META_SCHEMA_VERSION, setMeta } from './meta';
import { assertRecordBatch, assertSyncedTable } from './record-check';
import { wholeRecordClocks, type FieldClocks } from './field-clocks';
import type { Schema, StoreKind } from './schema';
import { fieldsForLog } from './photo-log';

export interface Store {
  db: Kysely<Schema>;
  kind: StoreKind;
  /** Where the data lives (file path, or the URL without its password). */
  where: string;
  /** The centre's own hybrid logical clock; its last value is kept in `meta`. */
  clock: HlcClock;
  close(): Promise<void>;
}

/** Node id of changes the centre makes itself (seeds, imports, administration). */
export const CENTRE_NODE = 'centre';

export async function openStore(loc: StoreLocation = {}): Promise<Store> {
  const { kind, dialect, where } = openDialect(loc);
  const db = new Kysely<Schema>({ dialect });
  try {
    const { error, results } = await new Migrator({ db, provider: migrationProvider(kind) }).migrateToLatest();
    const failed = results?.find((r) => r.status === 'Error');
    if (error) throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String((error as Error).message ?? error)}`);
    await setMeta(db, META_SCHEMA_VERSION, SCHEMA_VERSION);
    const last = await getMeta(db, META_CENTRE_HLC);
    const clock = new HlcClock(CENTRE_NODE, last ? { last } : {});
    return { db, kind, where, clock, close: () => db.destroy() };
  } catch (e) {
    await db.destroy();
    throw e;
  }
}

/** Rows per INSERT statement: under SQLite's and PostgreSQL's bound-parameter limits. */
const ROWS_PER_STATEMENT = 500;

export interface WriteResult {
  written: number;
  /** Change-log sequence of the last change written (0 for an empty batch). */
  lastSeq: number;
}

/**
 * Writes whole records and one change-log row each, in ONE transaction: the batch is stored
 * entirely or not at all. Every field of a record is stamped with one fresh centre HLC.
 * Throws StoreInputError (nothing written) when a record is malformed.
 */
export async function writeRecords(
  store: Store,
  tbl: SyncedTableName,
  records: readonly BaseRecord[],
  opts: { deviceId?: string | null } = {},
): Promise<WriteResult> {
  return store.db.transaction().execute((trx) => writeRecordsIn(trx, store, tbl, records, opts));
}

/**
 * writeRecords inside a transaction the caller owns, so more can commit with the batch
 * (the demo seed stores its progress this way). Validates like writeRecords.
 */
export async function writeRecordsIn(
  trx: Transaction<Schema>,
  store: Store,
  tbl: SyncedTableName,
  records: readonly BaseRecord[],
  opts: { deviceId?: string | null } = {},
): Promise<WriteResult> {
  assertRecordBatch(tbl, records);
  if (records.length === 0) return { written: 0, lastSeq: 0 };
  await lockChangeLog(trx, store.kind);
  const at = new Date().toISOString();
  const hlc = store.clock.tick();
  const clocks = JSON.stringify(wholeRecordClocks(hlc));
  let lastSeq = 0;
  for (let from = 0; from < records.length; from += ROWS_PER_STATEMENT) {
    const chunk = records.slice(from, from + ROWS_PER_STATEMENT);
    const logged = await trx
      .insertInto('changes')
      .values(chunk.map((r) => ({ tbl, id: r.id, org_path: r.orgPath, fields: JSON.stringify(fieldsForLog(tbl, r, r)), hlc, device_id: opts.deviceId ?? null, at })))
      .returning(['seq', 'id'])
      .execute();
    const seqOf = new Map(logged.map((row) => [row.id, Number(row.seq)]));
    await upsertRecordRows(
      trx,
      chunk.map((r) => ({ tbl, id: r.id, org_path: r.orgPath, data: JSON.stringify(r), field_clocks: clocks, deleted: r.deleted ? 1 : 0, updated_seq: seqOf.get(r.id) ?? 0 })),
    );
    lastSeq = Math.max(lastSeq, ...seqOf.values());
  }
  await setMeta(trx, META_CENTRE_HLC, hlc);
  return { written: records.length, lastSeq };
}

/**
 * Serialises writers of the change log until commit, so sequence order is commit order. A
 * puller that has seen seq N can then never later find a committed N-1 it skipped. SQLite
 * already allows one writer at a time; PostgreSQL hands out bigserial values before commit.
 */
export async function lockChangeLog(trx: Kysely<Schema>, kind: StoreKind): Promise<void> {
  if (kind === 'postgres') await sql`select pg_advisory_xact_lock(${CHANGE_LOG_LOCK})`.execute(trx);
}
/** Arbitrary constant naming the change-log lock among PostgreSQL advisory locks. */
const CHANGE_LOG_LOCK = 96345;

/** Live (not deleted) records, in one table or all. */
export async function countRecords(store: Store, tbl?: SyncedTableName): Promise<number> {
  let q = store.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).where('deleted', '=', 0);
  if (tbl !== undefined) {
    assertSyncedTable(tbl);
    q = q.where('tbl', '=', tbl);
  }
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function countChanges(store: Store): Promise<number> {
  const row = await store.db.selectFrom('changes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export interface StoredRecord<T extends BaseRecord = BaseRecord> {
  tbl: SyncedTableName;
  record: T;
  fieldClocks: FieldClocks;
  deleted: boolean;
  updatedSeq: number;
}

export async function readRecord<T extends BaseRecord = BaseRecord>(
  store: Store,
  tbl: SyncedTableName,
  id: string,
): Promise<StoredRecord<T> | undefined> {
  assertSyncedTable(tbl);
  const row = await store.db.selectFrom('records').selectAll().where('tbl', '=', tbl).where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return {
    tbl,
    record: JSON.parse(row.data) as T,
    fieldClocks: JSON.parse(row.field_clocks) as FieldClocks,
    deleted: row.deleted === 1,
    updatedSeq: Number(row.updated_seq),
  };
}

/** Row of the `records` table as written: the record's current state and its field clocks. */
export interface RecordRow {
  tbl: string;
  id: string;
  org_path: string;
  data: string;
  field_clocks: string;
  deleted: number;
  updated_seq: number;
}

/** Inserts or replaces `records` rows in one statement (seeding, imports and sync pushes share it). */
export async function upsertRecordRows(trx: Transaction<Schema>, rows: RecordRow[]): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('records')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['tbl', 'id']).doUpdateSet((eb) => ({
        org_path: eb.ref('excluded.org_path'),
        data: eb.ref('excluded.data'),
        field_clocks: eb.ref('excluded.field_clocks'),
        deleted: eb.ref('excluded.deleted'),
        updated_seq: eb.ref('excluded.updated_seq'),
      })),
    )
    .execute();
}
