/**
 * `npm run bench -- dashboard [--requests 1000000] [--runs 10] [--passes 2]`: the full
 * dashboard of the city station for the last twelve months, read from the incremental
 * aggregates, against one raw Dexie pass over the requests table, in the same run. The station
 * database is built once by the `requests` bench's loader (through the aggregates upkeep) in its
 * own persistent profile, `.bench/profile-dashboard`, and reused.
 */
import type { Bench } from './benches';
import { runInChromium } from './chromium';

export const dashboardBench: Bench = (o) =>
  runInChromium(
    'dashboard',
    { requests: Number(o.requests ?? 1_000_000), runs: Number(o.runs ?? 10), passes: Number(o.passes ?? 2) },
    { persistent: process.env.BENCH_FRESH !== '1', profile: 'profile-dashboard', port: 47_346 },
  );
