/**
 * Rebuilding the aggregates from a scan of the counted tables, and the cheap check that tells
 * when that is needed. The scan is the reference the incremental upkeep must equal (tests); it runs
 * in schema version 7's upgrade (existing databases), from the dashboard's repair button, and
 * when the check finds the tally row disagreeing with the table's count.
 */
import type { Table } from 'dexie';
import { changeDeltas, isEmpty, tallyKey, TALLY, TRACKED_TABLES, type AggregateRow, type Deltas, type TrackedTable } from '../../../../../shared/dashboard';
import type { LianxinDb } from '../../../db/schema';
import { AGGREGATES } from './tables';

type Rec = Parameters<typeof changeDeltas>[1];
type TableOf = (name: string) => Table<Rec, unknown>;

/** The counted tables this database has (an upgrade runs before later tables exist). */
function present(tableNames: readonly string[]): TrackedTable[] {
  return TRACKED_TABLES.filter((t) => tableNames.includes(t));
}

/** Replaces every row with those folded from the counted tables (inside the caller's transaction). */
export async function rebuildInto(table: TableOf, tableNames: readonly string[]): Promise<number> {
  // Records stream through one at a time; only the rows (a few per unit and day) are held.
  const deltas: Deltas = new Map();
  for (const name of present(tableNames)) await table(name).each((r) => void changeDeltas(name, undefined, r, deltas));
  const rows = [...deltas.values()].filter((d) => !isEmpty(d.c));
  const aggregates = table(AGGREGATES) as unknown as Table<AggregateRow, [string, string]>;
  await aggregates.clear();
  for (let i = 0; i < rows.length; i += 5_000) await aggregates.bulkPut(rows.slice(i, i + 5_000));
  return rows.length;
}

export function aggregatesTable(db: LianxinDb): Table<AggregateRow, [string, string]> {
  return db.table(AGGREGATES);
}

const names = (db: LianxinDb) => db.tables.map((t) => t.name);

/** Rebuilds in one read-write transaction, so no record can change halfway through the scan. */
export async function rebuildAggregates(db: LianxinDb): Promise<number> {
  const tables = [...present(names(db)), AGGREGATES].map((t) => db.table(t));
  return db.transaction('rw', tables, () => rebuildInto((n) => db.table(n), names(db)));
}

/** True when the tally row counts exactly the stored records of each counted table: nothing was written around the upkeep. */
export async function aggregatesConsistent(db: LianxinDb): Promise<boolean> {
  const counted = present(names(db));
  return db.transaction('r', [...counted, AGGREGATES].map((t) => db.table(t)), async () => {
    const [tally, ...counts] = await Promise.all([aggregatesTable(db).get([TALLY.unit, TALLY.day]), ...counted.map((t) => db.table(t).count())]);
    return counted.every((t, i) => (tally?.c[tallyKey(t)] ?? 0) === counts[i]);
  });
}
