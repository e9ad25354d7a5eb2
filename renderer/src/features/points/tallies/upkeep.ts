/**
 * Keeps the points tallies equal to the service records on every write, whoever writes (a
 * completed request, an activity, a visit, a pulled page from the centre), in the SAME
 * transaction — the dashboard's aggregates use the same pattern. A Dexie DBCore middleware:
 * 1. a read-write transaction holding `serviceRecords` is widened to hold the tallies, the rules
 *    and the work calendar (to score the records);
 * 2. each mutation of `serviceRecords` reads the records it replaces, writes, then adds the
 *    difference of their contributions (shared/points/tally.ts) to the affected rows.
 * A rule change re-scores everything instead (rebuild.ts): the tallies remember the rules they
 * were computed with. A transaction that cannot hold the tables (an upgrade from before
 * version 6) is left alone; version 6's upgrade rebuilds from a scan.
 */
import Dexie from 'dexie';
import type { DBCore, DBCoreKeyRange, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { PointsRule, WorkCalendarRecord } from '../../../../../shared/domain/entities';
import { calendarFrom, WORK_CALENDARS } from '../calendar';
import { ruleTimeline } from '../../../../../shared/points/rule';
import { applyDelta, changeDeltas, emptyDeltas, isZero, type TalliedRecord, type TallyDeltas, type UnitTally, type VolunteerTally } from '../../../../../shared/points/tally';
import { POINTS_RULES, SERVICE_RECORDS, UNIT_TALLIES, VOLUNTEER_TALLIES } from './tables';

/** DBCoreRangeType.Any (a const enum, not importable as a value). */
const ANY = { type: 3, lower: undefined, upper: undefined } as unknown as DBCoreKeyRange;
const BASE_EXTRA = [VOLUNTEER_TALLIES, UNIT_TALLIES, POINTS_RULES];
let EXTRA = BASE_EXTRA;

export const pointsUpkeep: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'PointsTallies',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === VOLUNTEER_TALLIES)) return down;
    // The synced calendar's table came with a later schema version than the tallies.
    EXTRA = down.schema.tables.some((t) => t.name === WORK_CALENDARS) ? [...BASE_EXTRA, WORK_CALENDARS] : BASE_EXTRA;
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = mode === 'readwrite' && stores.includes(SERVICE_RECORDS);
        return down.transaction(widen ? [...new Set([...stores, ...EXTRA])] : stores, mode, options);
      },
      table(name) {
        const table = down.table(name);
        if (name !== SERVICE_RECORDS) return table;
        // Handed back as a Dexie promise: a middleware above this one awaiting it then continues
        // inside the transaction's zone (a bare native promise lost it: "reading 'mode'").
        return { ...table, mutate: (req) => Dexie.Promise.resolve(mutateRecords(down, table, req)) };
      },
    };
  },
};

function holdsTallies(trans: DBCoreTransaction): boolean {
  const names = (trans as unknown as IDBTransaction).objectStoreNames;
  return !names || EXTRA.every((n) => names.contains(n));
}

async function mutateRecords(down: DBCore, records: DBCoreTable, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  if (!holdsTallies(req.trans)) return records.mutate(req);
  const ruleTable = down.table(POINTS_RULES);
  // A handful of rule versions: read whole to score the records.
  const rules = (await ruleTable.query({ trans: req.trans, values: true, query: { index: ruleTable.schema.primaryKey, range: ANY } })).result as PointsRule[];
  const timeline = ruleTimeline(rules);
  const calendars = EXTRA.includes(WORK_CALENDARS)
    ? ((await down.table(WORK_CALENDARS).query({ trans: req.trans, values: true, query: { index: down.table(WORK_CALENDARS).schema.primaryKey, range: ANY } })).result as WorkCalendarRecord[])
    : [];
  const cal = calendarFrom(calendars);
  const deltas = emptyDeltas();
  if (req.type === 'deleteRange') {
    const { result } = await records.query({ trans: req.trans, values: true, query: { index: records.schema.primaryKey, range: req.range } });
    const res = await records.mutate(req);
    for (const before of result as TalliedRecord[]) changeDeltas(deltas, before, undefined, timeline, cal);
    await applyToRows(down, req.trans, deltas);
    return res;
  }
  const extract = records.schema.primaryKey.extractKey!;
  const keys: unknown[] = req.type === 'delete' ? req.keys : (req.keys ?? req.values.map((v) => extract(v)));
  const existing = (req.type === 'add' ? [] : await records.getMany({ trans: req.trans, keys })) as (TalliedRecord | undefined)[];
  const res = await records.mutate(req);
  const latest = new Map<unknown, TalliedRecord | undefined>();
  keys.forEach((key, i) => {
    if (res.failures[i]) return;
    const before = latest.has(key) ? latest.get(key) : existing[i];
    const after = req.type === 'delete' ? undefined : (req.values[i] as TalliedRecord);
    changeDeltas(deltas, before, after, timeline, cal);
    latest.set(key, after);
  });
  await applyToRows(down, req.trans, deltas);
  return res;
}

async function applyRows<T extends VolunteerTally | UnitTally>(table: DBCoreTable, trans: DBCoreTransaction, deltas: Map<string, T>, keyOf: (r: T) => unknown[]): Promise<void> {
  const changes = [...deltas.values()].filter((d) => !isZero(d));
  if (changes.length === 0) return;
  const keys = changes.map(keyOf);
  const stored = (await table.getMany({ trans, keys })) as (T | undefined)[];
  const put: T[] = [];
  const remove: unknown[][] = [];
  changes.forEach((delta, i) => {
    const next = applyDelta(stored[i], delta);
    if (next) put.push(next);
    else if (stored[i]) remove.push(keys[i]!);
  });
  const results = await Promise.all([
    put.length ? table.mutate({ type: 'put', trans, values: put, keys: put.map(keyOf) }) : null,
    remove.length ? table.mutate({ type: 'delete', trans, keys: remove }) : null,
  ]);
  for (const r of results) if (r?.numFailures) throw Object.values(r.failures)[0];
}

async function applyToRows(down: DBCore, trans: DBCoreTransaction, deltas: TallyDeltas): Promise<void> {
  await applyRows(down.table(VOLUNTEER_TALLIES), trans, deltas.volunteers, (r) => [r.period, r.volunteerId]);
  await applyRows(down.table(UNIT_TALLIES), trans, deltas.units, (r) => [r.period, r.unit]);
}
