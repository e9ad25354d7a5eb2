/**
 * The aggregate rows and their upkeep. A row is one unit's day: the sum of the contributions
 * of the requests received that day in its subtree. A change of a request (created, edited,
 * deleted, re-derived) is the difference of its two contributions in each row it touches;
 * `changeDeltas` computes it, `applyDeltas` folds it into rows. The same functions keep the
 * station's table current and rebuild it from a scan.
 */
import { addInto, isEmpty, type Counters } from './counters';
import { cellsOf, contribution, type CountedRequest } from './contribution';

/** One stored row of the local `dashboardAggregates` table (key `[unit+day]`). */
export interface AggregateRow {
  unit: string;
  day: string;
  c: Counters;
}

/**
 * A row counting every stored request (deleted ones too): compared with the requests table's
 * count, it tells cheaply whether the aggregates missed a write (schema.ts, automatic check).
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

/** What replacing `before` by `after` (either may be absent) changes in the rows. */
export function changeDeltas(before: CountedRequest | undefined, after: CountedRequest | undefined, deltas: Deltas = new Map()): Deltas {
  if (before) {
    const c = contribution(before);
    for (const cell of cellsOf(before)) add(deltas, cell.unit, cell.day, c, -1);
    add(deltas, TALLY.unit, TALLY.day, { rows: 1 }, -1);
  }
  if (after) {
    const c = contribution(after);
    for (const cell of cellsOf(after)) add(deltas, cell.unit, cell.day, c, 1);
    add(deltas, TALLY.unit, TALLY.day, { rows: 1 }, 1);
  }
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

/** Every row for a set of requests, from nothing: the rebuild and the brute-force reference. */
export function foldRequests(requests: Iterable<CountedRequest>): Map<string, AggregateRow> {
  const deltas: Deltas = new Map();
  for (const r of requests) changeDeltas(undefined, r, deltas);
  const rows = new Map<string, AggregateRow>();
  for (const [id, d] of deltas) if (!isEmpty(d.c)) rows.set(id, { unit: d.unit, day: d.day, c: d.c });
  return rows;
}
