/**
 * `import`: a 181,000-row roster xlsx imported end to end as the clerk's import does it (read with
 * exceljs, every row checked, compared with the registry, written through the data layer in one
 * transaction) against the baseline of reading the same file and a raw Dexie bulkPut of the same
 * rows. Peak JS heap from `performance.memory` (Chromium, --enable-precise-memory-info). Then the
 * p95 time of dispatch suggestions over the 181,000 imported volunteers.
 */
import { db } from '../../renderer/src/db';
import { readRoster } from '../../renderer/src/features/volunteers/excel/read-roster';
import { planImport, rosterRecord, writeImport, type ImportPlan } from '../../renderer/src/features/volunteers/import/import-roster';
import { servicePointLookup } from '../../renderer/src/features/volunteers/import/service-points';
import { demoRosterRows, rosterXlsx } from '../../renderer/src/features/volunteers/import/roster-fixture';
import { suggestFor } from '../../renderer/src/features/dispatch-suggestions/suggest';
import { guessMapping } from '../../shared/registry/roster-columns';
import { CATALOGUE_ITEMS } from '../../shared/catalogue/catalogue';
import { villagePaths } from '../../shared/org/org-tree';
import { createRng } from '../../shared/demo';
import { percentile, round, time } from './timing';

const STATION = 'JX';

/** Highest used JS heap seen while `work` runs, sampled every 50 ms. */
async function peakHeap<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  let peak = memory?.usedJSHeapSize ?? 0;
  const timer = setInterval(() => (peak = Math.max(peak, memory?.usedJSHeapSize ?? 0)), 50);
  try {
    const result = await work();
    return { result, peakMb: round(Math.max(peak, memory?.usedJSHeapSize ?? 0) / 2 ** 20) };
  } finally {
    clearInterval(timer);
  }
}

async function emptyRegistry() {
  await Promise.all([db.synced('volunteers').clear(), db.outbox.clear(), db.meta.clear()]);
}

(window as unknown as { bench: unknown }).bench = async ({ records, samples }: { records: number; samples: number }) => {
  const rows = demoRosterRows(records, undefined, 'JX/');
  const bytes = await rosterXlsx(rows);
  console.log(`roster of ${records} rows: ${round(bytes.length / 2 ** 20)} MB`);
  await db.open();

  await emptyRegistry();
  let written = 0;
  let plan: ImportPlan | undefined;
  const phases: Record<string, number> = {};
  const full = await peakHeap(() => time(async () => {
    let t = performance.now();
    const lap = (name: string) => { phases[name] = round(performance.now() - t); t = performance.now(); };
    const file = await readRoster(bytes);
    lap('read');
    plan = await planImport(file, { headers: file.headers, mapping: guessMapping(file.headers), lookupServicePoint: servicePointLookup(STATION) });
    lap('check');
    if (plan.badRows > 0) throw new Error(`${plan.badRows} bad rows in the bench roster: ${JSON.stringify(plan.problems.slice(0, 3))}`);
    written = await writeImport(plan, { actor: { operatorId: 'bench' }, orgPath: STATION });
    lap('write');
  }));
  console.log(`import: ${round(full.result)} ms (${JSON.stringify(phases)}), peak heap ${full.peakMb} MB`);
  if (written !== records) throw new Error(`wrote ${written} of ${records}`);

  // Dispatch suggestions over the imported registry: requests at random villages for random items.
  const rng = createRng(7);
  const villages = villagePaths();
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const item = rng.pick(CATALOGUE_ITEMS);
    const request = { itemCode: item.code, orgPath: rng.pick(villages), receivedAt: new Date(Date.UTC(2026, 5, 1 + (i % 7), i % 24)).toISOString() };
    times.push(await time(() => suggestFor(request)));
  }
  const p95 = round(percentile(times, 95));
  console.log(`dispatch suggestions over ${records} volunteers: p50 ${round(percentile(times, 50))} ms, p95 ${p95} ms (${samples} requests)`);

  await emptyRegistry();
  // The baseline writes the very records the import wrote (same fields, so the same index
  // entries), prepared before its clock starts: only reading the file and the raw bulkPut count.
  const now = new Date().toISOString();
  const stamped = plan!.valid.map((row, i) => ({
    ...rosterRecord(row, STATION), id: `bench-${i}`, createdAt: now, updatedAt: now, updatedBy: 'bench', _hlc: '0',
  }));
  const base = await peakHeap(() => time(async () => {
    const file = await readRoster(bytes);
    const table = db.synced('volunteers');
    if (file.rows.length !== stamped.length) throw new Error('baseline read a different number of rows');
    for (let i = 0; i < stamped.length; i += 2_000) await table.bulkPut(stamped.slice(i, i + 2_000));
  }));
  console.log(`baseline read + raw bulkPut: ${round(base.result)} ms, peak heap ${base.peakMb} MB`);
  await emptyRegistry();

  const value = round(full.result);
  const baseline = round(base.result);
  return {
    unit: 'ms', value, baseline, records, rowsPerSecond: Math.round(records / (value / 1000)), baselineRowsPerSecond: Math.round(records / (baseline / 1000)),
    peakHeapMb: full.peakMb, baselinePeakHeapMb: base.peakMb, phases, dispatchP95Ms: p95, dispatchSamples: samples, target: 2.0,
  };
};
