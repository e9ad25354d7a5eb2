/** Command-line options of `npm run demo-data`, parsed and checked before anything is opened. */
import { parseArgs } from 'node:util';
import { DEMO_DEFAULTS } from '../shared/demo/index';
import type { DemoSeedOptions } from './demo-seed';

export const DEMO_DATA_USAGE = `Usage: npm run demo-data -- [--volunteers N] [--requests N] [--residents N] [--seed N] [--reset] [--data-dir D]

Seeds the demo city into the centre's store (SQLite in DATA_DIR, default ./data; DATABASE_URL=postgres://… for PostgreSQL).
Defaults: --volunteers ${DEMO_DEFAULTS.volunteers} --requests ${DEMO_DEFAULTS.requests} --residents ${DEMO_DEFAULTS.residents} --seed ${DEMO_DEFAULTS.seed}. Scale: --volunteers 181000 --requests 1000000.`;

export class DemoArgsError extends Error {}

/** A count written as `181000`, `181,000` or `181_000`. */
export function parseCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const n = /^\d[\d,_]*$/.test(value) ? Number(value.replace(/[,_]/g, '')) : NaN;
  if (!Number.isSafeInteger(n) || n > 0xffffffff) throw new DemoArgsError(`--${name} must be a whole number ≥ 0, not ${JSON.stringify(value)}`);
  return n;
}

export interface DemoDataArgs {
  options: DemoSeedOptions;
  reset: boolean;
  dataDir: string | undefined;
  help: boolean;
}

export function parseDemoDataArgs(argv: string[]): DemoDataArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        volunteers: { type: 'string' },
        requests: { type: 'string' },
        residents: { type: 'string' },
        seed: { type: 'string' },
        reset: { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (e) {
    throw new DemoArgsError((e as Error).message);
  }
  return {
    options: {
      seed: parseCount('seed', values.seed, DEMO_DEFAULTS.seed),
      volunteers: parseCount('volunteers', values.volunteers, DEMO_DEFAULTS.volunteers),
      requests: parseCount('requests', values.requests, DEMO_DEFAULTS.requests),
      residents: parseCount('residents', values.residents, DEMO_DEFAULTS.residents),
    },
    reset: values.reset,
    dataDir: values['data-dir'],
    help: values.help,
  };
}
