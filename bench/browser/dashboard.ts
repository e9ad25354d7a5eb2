/**
 * `dashboard`: a station database of N demo requests (default 1,000,000), loaded through the
 * aggregates upkeep. Figures:
 * - value: median time to compute the city station's full dashboard for the last twelve months
 *   (totals, monthly series, each county with its weeks, volunteers and visits) from the aggregates;
 * - baseline: median time of one raw Dexie pass over the requests table (`each`, nothing else);
 * - check: one more pass folds every request of the period by hand into the same figures, and
 *   they must equal the dashboard's (the aggregates still match a scan);
 * - write cost: 20,000 requests bulkPut, and 300 single puts, into a plain Dexie database with
 *   the same requests indexes vs the station schema with the upkeep middleware.
 */
import Dexie from 'dexie';
import { addInto, changeDeltas, lastTwelveMonths, SNAPSHOT_DAY, type Counters, type Deltas } from '../../shared/dashboard';
import { SCHEMA_VERSIONS } from '../../renderer/src/db/migrations';
import { LianxinDb } from '../../renderer/src/db/schema';
import { loadDashboard } from '../../renderer/src/features/dashboard/load';
import { aggregatesConsistent, rebuildAggregates } from '../../renderer/src/features/dashboard/aggregates/rebuild';
import { demoCity } from '../../shared/demo';
import { median, round, time } from './timing';
import { BENCH_NOW, stationDb } from './requests-setup';

const UNIT = 'JX';

function requestIndexes(): string {
  return [...SCHEMA_VERSIONS].reverse().find((v) => v.stores.requests)!.stores.requests!;
}

/** What keeping the aggregates costs a write: the same requests into a plain table and into the station's. */
async function writeCost() {
  const city = demoCity({ requests: 20_300, now: BENCH_NOW });
  const rows = [...city.requests(0, 20_300)].map((r) => ({ ...r, _hlc: '0' }));
  const bulk = rows.slice(0, 20_000);
  const singles = rows.slice(20_000);
  const measure = async (db: Dexie) => {
    await db.open();
    const table = db.table('requests');
    const bulkMs = await time(async () => {
      for (let i = 0; i < bulk.length; i += 5_000) await table.bulkPut(bulk.slice(i, i + 5_000));
    });
    const singleMs = await time(async () => {
      for (const r of singles) await table.put(r);
    });
    db.close();
    await db.delete();
    return { bulkMs, singleMs };
  };
  const plainDb = new Dexie('bench-dashboard-plain');
  plainDb.version(1).stores({ requests: requestIndexes() });
  const plain = await measure(plainDb);
  const kept = await measure(new LianxinDb('bench-dashboard-kept'));
  return { plain, kept };
}

/** The figures the dashboard shows for the unit and each child, folded by hand from one pass. */
async function scanFigures(db: LianxinDb, children: string[], from: string, to: string) {
  const deltas: Deltas = new Map();
  await db.synced('requests').each((r) => {
    if (r.receivedAt >= from && r.receivedAt < to) changeDeltas('requests', undefined, r, deltas);
  });
  const sum = (unit: string) => {
    const c: Counters = {};
    // Day rows only: the standing row (`reqSt:` counts of every request, whenever received) is not a period figure.
    for (const d of deltas.values()) if (d.unit === unit && d.day !== SNAPSHOT_DAY) addInto(c, d.c);
    return c;
  };
  return { total: sum(UNIT), children: Object.fromEntries(children.map((u) => [u, sum(u)])) };
}

(window as unknown as { bench: unknown }).bench = async ({ requests, runs, passes, partial }: { requests: number; runs: number; passes: number; partial: boolean }) => {
  const cost = await writeCost();
  console.log(`write cost, 20,000 requests bulkPut: plain ${round(cost.plain.bulkMs)} ms, with aggregates ${round(cost.kept.bulkMs)} ms (×${(cost.kept.bulkMs / cost.plain.bulkMs).toFixed(2)})`);
  console.log(`write cost, 300 single puts: plain ${round(cost.plain.singleMs)} ms, with aggregates ${round(cost.kept.singleMs)} ms (×${(cost.kept.singleMs / cost.plain.singleMs).toFixed(2)})`);
  const db = await stationDb(requests, partial);
  const held = await db.synced('requests').count();
  if (!(await aggregatesConsistent(db))) {
    console.log('aggregates missing or stale (database loaded before they existed): rebuilding from a scan');
    console.log(`rebuilt in ${round(await time(() => rebuildAggregates(db)))} ms`);
  }
  const period = lastTwelveMonths(BENCH_NOW);
  const view = await loadDashboard(db, { unit: UNIT, period });
  const from = new Date(Date.parse(`${period.from}T00:00:00Z`) - 8 * 3_600_000).toISOString();
  const to = new Date(Date.parse(`${period.to}T00:00:00Z`) - 8 * 3_600_000).toISOString();
  const scanMs = await time(async () => {
    const scan = await scanFigures(db, view.children.map((c) => c.unit), from, to);
    const ours = { total: view.total, children: Object.fromEntries(view.children.map((c) => [c.unit, c.total])) };
    if (JSON.stringify(sorted(ours)) !== JSON.stringify(sorted(scan)))
      throw new Error(`dashboard differs from a scan\n${JSON.stringify(sorted(ours)).slice(0, 400)}\n${JSON.stringify(sorted(scan)).slice(0, 400)}`);
  });
  console.log(`checked: the dashboard equals a scan-and-fold of all ${held} requests (${view.total.n} in the period; scan took ${round(scanMs)} ms)`);
  const ours: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < Math.max(runs, passes); i++) {
    if (i < runs) ours.push(await time(() => loadDashboard(db, { unit: UNIT, period })));
    if (i < passes) {
      let n = 0;
      raw.push(await time(() => db.synced('requests').each(() => void n++)));
      console.log(`raw pass ${i + 1}: ${n} requests in ${round(raw.at(-1)!)} ms`);
    }
  }
  console.log(`dashboard (city, 12 months): median ${round(median(ours))} ms over ${runs} runs; raw Dexie pass: median ${round(median(raw))} ms over ${passes}`);
  db.close();
  return {
    unit: 'ms', value: round(median(ours)), baseline: round(median(raw)), requests: held, of: requests, runs, passes,
    inPeriod: view.total.n, writeCost: cost, target: { ratio: 1.0 },
  };
};

/** A stable JSON form: keys sorted at every level. */
function sorted(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
}
