import { runInChromium } from './chromium';
import { dashboardBench } from './dashboard';
import { firstSyncBench } from './first-sync';

export interface BenchResult {
  unit: string;
  value: number;
  baseline: number;
  [extra: string]: unknown;
}
export type Bench = (options: Record<string, string | undefined>) => Promise<BenchResult>;

/** Every benchmark by name; each lives in its own file under bench/browser/ or bench/. */
export const BENCHES: Record<string, Bench> = {
  write: (o) => runInChromium('write', { records: Number(o.records ?? 100_000), rounds: Number(o.rounds ?? 3) }),
  import: (o) => runInChromium('import', { records: Number(o.records ?? 181_000), samples: Number(o.samples ?? 200) }),
  dashboard: (o) => dashboardBench(o),
  // --partial 1: measure on the requests loaded so far instead of loading the rest (requests-setup.ts).
  requests: (o) => runInChromium('requests', { requests: Number(o.requests ?? 1_000_000), runs: Number(o.runs ?? 50), partial: o.partial === '1' }, { persistent: process.env.BENCH_FRESH !== '1' }),
  // Points tallies at city scale: the screens that read them, the upkeep's write cost, the re-scoring (docs/points.md).
  points: (o) => runInChromium('points', { volunteers: Number(o.volunteers ?? 181_000), records: Number(o.records ?? 181_000), runs: Number(o.runs ?? 20), sample: Number(o.sample ?? 50_000) }),
  // The coverage report (走访覆盖) at 20,000 households, beside the per-resident read it replaced (docs/residents.md).
  residents: (o) => runInChromium('residents', { residents: Number(o.residents ?? 20_000), pairings: Number(o.pairings ?? 2_800), runs: Number(o.runs ?? 10), unit: o.unit ?? 'JX/NH' }),
  // A station's first sync end to end: real centre, real sync client in Chromium, beside raw bulkPut (docs/performance.md).
  'first-sync': (o) => firstSyncBench(o),
};
