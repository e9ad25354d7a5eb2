import { describe, expect, it } from 'vitest';
import { DEMO_DEFAULTS } from '../shared/demo/index';
import { DemoArgsError, parseDemoDataArgs } from './demo-args';
import { formatProgress } from './seed-progress';

describe('npm run demo-data arguments', () => {
  it('defaults to the small demo city', () => {
    const { options, reset } = parseDemoDataArgs([]);
    expect(options).toEqual({ seed: DEMO_DEFAULTS.seed, volunteers: DEMO_DEFAULTS.volunteers, requests: DEMO_DEFAULTS.requests, residents: DEMO_DEFAULTS.residents });
    expect(reset).toBe(false);
  });

  it('reads the scale of the real network, with or without separators', () => {
    const a = parseDemoDataArgs(['--volunteers', '181000', '--requests', '1,000,000', '--seed', '7', '--reset', '--residents=20_000']);
    expect(a.options).toEqual({ seed: 7, volunteers: 181000, requests: 1_000_000, residents: 20000 });
    expect(a.reset).toBe(true);
  });

  it.each([
    [['--volunteers', '-5']],
    [['--requests', 'many']],
    [['--seed', '1.5']],
    [['--volunteers']],
    [['--colour', 'red']],
  ])('refuses %j with a reason', (argv) => {
    expect(() => parseDemoDataArgs(argv)).toThrow(DemoArgsError);
  });
});

describe('seed progress line', () => {
  it('shows the table, the overall share and the rate', () => {
    const line = formatProgress({ table: 'volunteers', done: 45000, total: 181000, overallDone: 45200, overallTotal: 1182000 }, 2000);
    expect(line).toBe('seeding volunteers 45,000/181,000 · 3% of 1,182,000 records · 22,600 records/s');
  });
});
