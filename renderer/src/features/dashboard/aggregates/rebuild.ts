/**
 * Rebuilding the aggregates from a scan of the requests, and the cheap check that tells when
 * that is needed. The scan is the reference the incremental upkeep must equal (tests); it runs
 * in schema version 7's upgrade (existing databases), from the dashboard's repair button, and
 * when the check finds the tally row disagreeing with the table's count.
 */
import type { Table } from 'dexie';
import { changeDeltas, isEmpty, TALLY, type AggregateRow, type CountedRequest, type Deltas } from '../../../../../shared/dashboard';
import type { LianxinDb } from '../../../db/schema';
import { AGGREGATES, REQUESTS } from './tables';

/** Replaces every row with those folded from the requests table (inside the caller's transaction). */
export async function rebuildInto(requests: Table<CountedRequest, string>, aggregates: Table<AggregateRow, [string, string]>): Promise<number> {
  // Records stream through one at a time; only the rows (a few per unit and day) are held.
  const deltas: Deltas = new Map();
  await requests.each((r) => void changeDeltas(undefined, r, deltas));
  const rows = [...deltas.values()].filter((d) => !isEmpty(d.c));
  await aggregates.clear();
  for (let i = 0; i < rows.length; i += 5_000) await aggregates.bulkPut(rows.slice(i, i + 5_000));
  return rows.length;
}

export function aggregatesTable(db: LianxinDb): Table<AggregateRow, [string, string]> {
  return db.table(AGGREGATES);
}

/** Rebuilds in one read-write transaction, so no request can change halfway through the scan. */
export async function rebuildAggregates(db: LianxinDb): Promise<number> {
  return db.transaction('rw', [db.table(REQUESTS), aggregatesTable(db)], () =>
    rebuildInto(db.table(REQUESTS), aggregatesTable(db)));
}

/** True when the tally row counts exactly the stored requests: nothing was written around the upkeep. */
export async function aggregatesConsistent(db: LianxinDb): Promise<boolean> {
  return db.transaction('r', [db.table(REQUESTS), aggregatesTable(db)], async () => {
    const [tally, count] = await Promise.all([aggregatesTable(db).get([TALLY.unit, TALLY.day]), db.table(REQUESTS).count()]);
    return (tally?.c.rows ?? 0) === count;
  });
}
