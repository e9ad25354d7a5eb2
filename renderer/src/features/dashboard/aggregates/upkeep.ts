/**
 * Keeps `dashboardAggregates` equal to the tables it counts (requests, service records, visits,
 * volunteers, pairings: TRACKED_TABLES) on every write, whoever writes: the
 * data layer (local commands), the sync client's merge of pulled pages and its re-derivation,
 * the resync repair, loaders and tests. It is a Dexie DBCore middleware — the one point every
 * IndexedDB write passes — rather than code in each writer, so no path can forget it:
 * 1. every read-write transaction that holds a counted table is widened to hold the aggregates
 *    too, so the rows change in the SAME transaction as the records (an abort undoes both);
 * 2. each mutation of a counted table reads the records it replaces, writes, then adds the
 *    difference of their contributions (shared/dashboard) to the affected rows.
 * Installed in LianxinDb's constructor (db/schema.ts). A transaction that cannot hold the table
 * (an upgrade from a version before it existed) is left alone; version 7's upgrade then
 * rebuilds the rows from a scan.
 */
import Dexie, { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type DBCoreTable, type DBCoreTransaction, type Middleware } from 'dexie';
import { applyDeltas, cellId, changeDeltas, TRACKED_TABLES, type AggregateRow, type Deltas, type TrackedTable } from '../../../../../shared/dashboard';
import { AGGREGATES } from './tables';

const TRACKED: ReadonlySet<string> = new Set(TRACKED_TABLES);
type Rec = Parameters<typeof changeDeltas>[1];

export const dashboardUpkeep: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'DashboardAggregates',
  create(down) {
    const known = down.schema.tables.some((t) => t.name === AGGREGATES);
    if (!known) return down;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.some((s) => TRACKED.has(s)) && !stores.includes(AGGREGATES);
        return down.transaction(widen ? [...stores, AGGREGATES] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (!TRACKED.has(name)) return table;
        // Handed back as a Dexie promise: a middleware or caller above awaiting it then continues
        // inside the transaction's zone (a bare native promise can lose it in nested transactions).
        return { ...table, mutate: (req) => Dexie.Promise.resolve(mutateCounted(name as TrackedTable, table, down.table(AGGREGATES), req)) };
      },
    };
  },
};

function holdsAggregates(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  return !names || names.contains(AGGREGATES);
}

async function mutateCounted(name: TrackedTable, records: DBCoreTable, aggregates: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  if (!holdsAggregates(req.trans)) return records.mutate(req);
  if (req.type === 'deleteRange') {
    // clear() and range deletes: the records to subtract are read first (rare: tests, repairs).
    const { result } = await records.query({ trans: req.trans, values: true, query: { index: records.schema.primaryKey, range: req.range } });
    const res = await records.mutate(req);
    const deltas: Deltas = new Map();
    for (const before of result as Rec[]) changeDeltas(name, before, undefined, deltas);
    await applyToRows(aggregates, req.trans, deltas);
    return res;
  }
  const extract = records.schema.primaryKey.extractKey!;
  const keys: unknown[] = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => extract(v)));
  const existing: (Rec | undefined)[] = req.type === 'add' ? [] : await records.getMany({ trans: req.trans, keys });
  const res = await records.mutate(req);
  const deltas: Deltas = new Map();
  // One request may name a key twice: the second change replaces the first, not the stored one.
  const latest = new Map<unknown, Rec | undefined>();
  keys.forEach((key, i) => {
    if (res.failures[i]) return;
    const before = latest.has(key) ? latest.get(key) : existing[i];
    const after = req.type === 'delete' ? undefined : (req.values[i] as Rec);
    changeDeltas(name, before, after, deltas);
    latest.set(key, after);
  });
  await applyToRows(aggregates, req.trans, deltas);
  return res;
}

async function applyToRows(aggregates: DBCoreTable, trans: DBCoreTransaction, deltas: Deltas): Promise<void> {
  if (deltas.size === 0) return;
  const keys = [...deltas.values()].map((d) => [d.unit, d.day]);
  const stored = (await aggregates.getMany({ trans, keys })) as (AggregateRow | undefined)[];
  const current = new Map<string, AggregateRow>();
  for (const row of stored) if (row) current.set(cellId(row.unit, row.day), row);
  const { put, remove } = applyDeltas(current, deltas);
  const results = await Promise.all([
    put.length ? aggregates.mutate({ type: 'put', trans, values: put, keys: put.map((r) => [r.unit, r.day]) }) : null,
    remove.length ? aggregates.mutate({ type: 'delete', trans, keys: remove }) : null,
  ]);
  for (const r of results) if (r?.numFailures) throw Object.values(r.failures)[0];
}
