/**
 * The aggregate rows and their upkeep. A row is one unit's day: the sum of the contributions
 * of the requests received that day in its subtree. A change of a request (created, edited,
 * deleted, re-derived) is the difference of its two contributions in each row it touches;
 * `changeDeltas` computes it, `applyDeltas` folds it into rows. The same functions keep the
 * station's table current and rebuild it from a scan.
 */
import { addInto, isEmpty, type Counters } from './counters';
import { aggregateUnits, counted, SNAPSHOT_DAY, type TrackedTable } from './contribution';

/** One stored row of the local `dashboardAggregates` table (key `[unit+day]`). */
export interface AggregateRow {
  unit: string;
  day: string;
  c: Counters;
}

/**
 * A row counting every stored record of each tracked table (deleted ones too; `rows` for
 * requests, `rows:<table>` for the others): compared with the tables' counts, it tells cheaply
 * whether the aggregates missed a write (the dashboard's automatic check).
 */
export const TALLY = { unit: '*', day: '*' } as const;

export const cellId = (unit: string, day: string) => `${unit}|${day}`;

/** Row changes as `unit|day` → counters to add (negative counts subtract). */
export type Deltas = Map<string, { unit: string; day: string; c: Counters }>;

function add(deltas: Deltas, unit: string, day: string, c: Counters, sign: 1 | -1) {
  const id = cellId(unit, day);
  const d = deltas.get(id) ?? { unit, day, c: {} };
  addInto(d.c, c, sign);
  deltas.set(id, d);
}

export const tallyKey = (table: TrackedTable) => (table === 'requests' ? 'rows' : `rows:${table}`);

type Rec = Parameters<typeof counted>[1];

/**
 * `reqSt:<status>` on a unit's standing row: how many of its subtree's requests are in each status
 * now, whenever received. "My desk" of a county or the city reads its callbacks from this one row
 * instead of counting tens of thousands of index keys (renderer/src/features/requests/desk).
 */
export const standingStatusKey = (status: string) => `reqSt:${status}`;

function addRecord(deltas: Deltas, table: TrackedTable, record: Rec, sign: 1 | -1) {
  const where = counted(table, record);
  if (where) {
    const status = table === 'requests' ? { [standingStatusKey(String((record as { status?: unknown }).status))]: 1 } : null;
    for (const unit of aggregateUnits(record.orgPath!)) {
      add(deltas, unit, where.day, where.c, sign);
      if (status) add(deltas, unit, SNAPSHOT_DAY, status, sign);
    }
  }
  add(deltas, TALLY.unit, TALLY.day, { [tallyKey(table)]: 1 }, sign);
}

/** What replacing `before` by `after` (either may be absent) in `table` changes in the rows. */
export function changeDeltas(table: TrackedTable, before: Rec | undefined, after: Rec | undefined, deltas: Deltas = new Map()): Deltas {
  if (before) addRecord(deltas, table, before, -1);
  if (after) addRecord(deltas, table, after, 1);
  return deltas;
}

/**
 * The rows after the deltas: `current` are the stored rows (by `unit|day`, absent when none),
 * the result lists the rows to put and the ids of rows that became empty and must go.
 */
export function applyDeltas(current: Map<string, AggregateRow>, deltas: Deltas): { put: AggregateRow[]; remove: [string, string][] } {
  const put: AggregateRow[] = [];
  const remove: [string, string][] = [];
  for (const [id, d] of deltas) {
    if (isEmpty(d.c)) continue;
    const row = current.get(id);
    const c = addInto({ ...row?.c }, d.c);
    if (isEmpty(c)) {
      if (row) remove.push([d.unit, d.day]);
    } else put.push({ unit: d.unit, day: d.day, c });
  }
  return { put, remove };
}

/** Every row for a set of records, from nothing: the rebuild and the brute-force reference. */
export function foldRecords(table: TrackedTable, records: Iterable<Rec>, deltas: Deltas = new Map()): Map<string, AggregateRow> {
  for (const r of records) changeDeltas(table, undefined, r, deltas);
  const rows = new Map<string, AggregateRow>();
  for (const [id, d] of deltas) if (!isEmpty(d.c)) rows.set(id, { unit: d.unit, day: d.day, c: d.c });
  return rows;
}
