/**
 * `npm run bench -- dashboard [--requests 1000000] [--runs 10] [--passes 2] [--partial 1]`: the full
 * dashboard of the city station for the last twelve months, read from the incremental
 * aggregates, against one raw Dexie pass over the requests table, in the same run. The station
 * database is the `requests` bench's (bench/browser/requests-setup.ts), in the same persistent
 * profile and origin, so a million requests are loaded once for both; the two cannot run at once.
 */
import type { Bench } from './benches';
import { runInChromium } from './chromium';

export const dashboardBench: Bench = (o) =>
  runInChromium(
    'dashboard',
    { requests: Number(o.requests ?? 1_000_000), runs: Number(o.runs ?? 10), passes: Number(o.passes ?? 2), partial: o.partial === '1' },
    { persistent: process.env.BENCH_FRESH !== '1' },
  );
