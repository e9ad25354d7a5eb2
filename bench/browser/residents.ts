/**
 * `residents`: the coverage report (走访覆盖) on a station database with R residents (default
 * 20,000) over the villages of one unit (default the county JX/NH; `--unit JX` for the city's
 * 2,284), P pairings (default 2,800) and 300 members. Prints the
 * median over `runs` of
 * - the report as the app computes it (the residents' `orgPath` index: distinct keys, one count per
 *   point; the pairings; the members' names);
 * - baseline, measured in the same run: the same report from every resident's `orgPath` index key
 *   (how it was computed before), and, for scale, from a scan of the resident records.
 * Each report is checked equal to the baseline's before anything is timed.
 */
import { villagePaths } from '../../shared/org/org-tree';
import { coverage, memberLoads } from '../../shared/residents/coverage';
import type { Pairing } from '../../shared/domain/entities';
import { db } from '../../renderer/src/db';
import { coverageReport, type CoverageReport } from '../../renderer/src/features/residents/plan/queries';
import { median, round, time } from './timing';

const TODAY = '2026-11-27';
const CHUNK = 5_000;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

async function put(table: string, rows: object[]) {
  for (let i = 0; i < rows.length; i += CHUNK) await db.transaction('rw', db.table(table), () => db.table(table).bulkPut(rows.slice(i, i + CHUNK)));
}

/** The report from per-resident keys (or records): what the app did before reading the index by point. */
async function reportFrom(paths: string[]): Promise<CoverageReport> {
  const active = (await db.synced('pairings').toArray()).filter((p) => !p.deleted);
  const households = new Map<string, number>();
  for (const p of paths) households.set(p, (households.get(p) ?? 0) + 1);
  const at = new Map<string, Pairing[]>();
  for (const p of active) at.set(p.orgPath, [...(at.get(p.orgPath) ?? []), p]);
  const byPoint = [...new Set([...households.keys(), ...at.keys()])].sort().map((orgPath) => ({ orgPath, ...coverage(households.get(orgPath) ?? 0, at.get(orgPath) ?? [], TODAY) }));
  const loads = memberLoads(active, TODAY);
  const names = await db.synced('volunteers').bulkGet(loads.map((l) => l.volunteerId));
  return { total: coverage(paths.length, active, TODAY), byPoint, members: loads.map((l, i) => ({ ...l, name: names[i]?.name ?? '' })) };
}
const fromKeys = async () => reportFrom((await db.synced('residents').orderBy('orgPath').keys()) as string[]);
const fromRecords = async () => reportFrom((await db.synced('residents').toArray()).map((r) => r.orgPath));

(window as unknown as { bench: unknown }).bench = async ({ residents: n, pairings: p, runs, unit }: { residents: number; pairings: number; runs: number; unit: string }) => {
  await db.delete();
  await db.open();
  const r = rng(17);
  const villages = villagePaths().filter((v) => v.startsWith(`${unit}/`));
  const base = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'bench', _hlc: 'b' };
  const residents = Array.from({ length: n }, (_, i) => ({
    ...base, id: `r${String(i).padStart(7, '0')}`, orgPath: villages[i % villages.length]!, name: `居民${i}`, namePinyin: '', nameInitials: '',
    address: `${i % 9 + 1}组${i % 50 + 1}号`, addressKeys: [], mobile: '', categories: ['elderly'], riskLevel: 'low', needs: '',
  }));
  const pairings = Array.from({ length: p }, (_, i) => {
    const res = residents[Math.floor(r() * n)]!;
    const last = new Date(Date.UTC(2026, 6, 1) + Math.floor(r() * 150) * 86_400_000).toISOString().slice(0, 10);
    return { ...base, id: `p${String(i).padStart(7, '0')}`, orgPath: res.orgPath, residentId: res.id, volunteerId: `v${i % 300}`, frequency: (['weekly', 'monthly', 'quarterly'] as const)[i % 3], startDate: '2026-01-01', lastVisitDate: last };
  });
  const volunteers = Array.from({ length: 300 }, (_, i) => ({ ...base, id: `v${i}`, orgPath: villages[i % villages.length]!, name: `党员${i}`, skillPlaces: [] }));
  await put('residents', residents);
  await put('pairings', pairings);
  await put('volunteers', volunteers);
  console.log(`${n} residents in ${villages.length} villages, ${p} pairings, 300 members`);

  const app = await coverageReport(TODAY);
  if (JSON.stringify(app) !== JSON.stringify(await fromKeys())) throw new Error('the report differs from the per-key baseline');
  console.log(`coverage: ${app.total.households} households, ${app.total.paired} paired, ${app.total.overdue} overdue, ${app.byPoint.length} points`);

  const appMs: number[] = [];
  const keyMs: number[] = [];
  const recordMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    appMs.push(await time(() => coverageReport(TODAY)));
    keyMs.push(await time(fromKeys));
    if (i < 3) recordMs.push(await time(fromRecords));
  }
  const value = round(median(appMs));
  const baseline = round(median(keyMs));
  console.log(`coverage report, by point from the orgPath index: median ${value} ms`);
  console.log(`baseline, from every resident's orgPath key: median ${baseline} ms; from the resident records: median ${round(median(recordMs))} ms`);
  db.close();
  return { unit: 'ms', value, baseline, recordsMs: round(median(recordMs)) };
};
