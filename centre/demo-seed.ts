/**
 * Streams the demo city (shared/demo) into the centre's store, batch by batch, so a city of
 * 181,000 volunteers and 1,000,000 requests never sits in memory. Each batch commits together
 * with the seed's progress in `meta`, which makes the seed idempotent (same options again: no
 * change) and resumable (interrupted: it continues after the last committed batch).
 */
import type { BaseRecord, SyncedTableName } from '../shared/domain/entities';
import { demoCity, DEMO_DEFAULTS, type DemoCity, type DemoOptions } from '../shared/demo/index';
import { deleteMeta, getMeta, META_DEMO_SEED, setMeta } from './db/meta';
import { writeRecordsIn, type Store } from './db/store';

/** The options that define a demo city; `now` is left out so a rerun tomorrow is still "the same city". */
export interface DemoSeedOptions {
  seed: number;
  volunteers: number;
  requests: number;
  residents: number;
}

interface SeedState {
  options: DemoSeedOptions;
  now: number;
  /** Records written so far per table, in SEED_ORDER. */
  progress: Partial<Record<SyncedTableName, number>>;
  complete: boolean;
}

export interface SeedProgress {
  table: SyncedTableName;
  done: number;
  total: number;
  overallDone: number;
  overallTotal: number;
}

export interface SeedResult {
  status: 'seeded' | 'resumed' | 'unchanged';
  options: DemoSeedOptions;
  counts: Partial<Record<SyncedTableName, number>>;
}

export class DemoSeedConflictError extends Error {}

/** Catalogue and teams first: a station that syncs mid-seed can already dispatch. */
const SEED_ORDER = ['serviceCategories', 'serviceItems', 'teams', 'volunteers', 'residents', 'requests'] as const satisfies readonly SyncedTableName[];
type SeedTable = (typeof SEED_ORDER)[number];

export const SEED_BATCH = 5000;

function sources(city: DemoCity): Record<SeedTable, { total: number; slice(from: number, to: number): Iterable<BaseRecord> }> {
  const list = (xs: readonly BaseRecord[]) => ({ total: xs.length, slice: (from: number, to: number) => xs.slice(from, to) });
  return {
    serviceCategories: list(city.serviceCategories),
    serviceItems: list(city.serviceItems),
    teams: list(city.teams),
    volunteers: { total: city.counts.volunteers, slice: (f, t) => city.volunteers(f, t) },
    residents: { total: city.counts.residents, slice: (f, t) => city.residents(f, t) },
    requests: { total: city.counts.requests, slice: (f, t) => city.requests(f, t) },
  };
}

export function seedOptions(opts: DemoOptions = {}): DemoSeedOptions {
  return {
    seed: opts.seed ?? DEMO_DEFAULTS.seed,
    volunteers: opts.volunteers ?? DEMO_DEFAULTS.volunteers,
    requests: opts.requests ?? DEMO_DEFAULTS.requests,
    residents: opts.residents ?? DEMO_DEFAULTS.residents,
  };
}

const sameOptions = (a: DemoSeedOptions, b: DemoSeedOptions) =>
  a.seed === b.seed && a.volunteers === b.volunteers && a.requests === b.requests && a.residents === b.residents;

/** Empties the store's data (records, change log, devices, codes) for a fresh demo city. */
export async function clearCityData(store: Store): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    for (const t of ['records', 'changes', 'devices', 'enrolment_codes'] as const) await trx.deleteFrom(t).execute();
    await deleteMeta(trx, META_DEMO_SEED);
  });
}

export async function readSeedState(store: Store): Promise<SeedState | undefined> {
  const raw = await getMeta(store.db, META_DEMO_SEED);
  return raw ? (JSON.parse(raw) as SeedState) : undefined;
}

export async function seedDemoCity(
  store: Store,
  opts: DemoOptions & { reset?: boolean; batchSize?: number } = {},
  onProgress: (p: SeedProgress) => void = () => {},
): Promise<SeedResult> {
  const options = seedOptions(opts);
  if (opts.reset) await clearCityData(store);
  const state = await readSeedState(store);
  if (state && !sameOptions(state.options, options)) {
    throw new DemoSeedConflictError(`The store holds the demo city ${JSON.stringify(state.options)}; use --reset to replace it with ${JSON.stringify(options)}.`);
  }
  if (!state) {
    const existing = await store.db.selectFrom('records').select('id').limit(1).executeTakeFirst();
    if (existing) throw new DemoSeedConflictError('The store already holds data that is not a demo city; refusing to mix demo records into it (use --reset to clear it).');
  }
  if (state?.complete) return { status: 'unchanged', options, counts: state.progress };
  const resuming = state !== undefined;
  // A resumed seed must use the original day, or its later batches would belong to another city.
  let current: SeedState = state ?? { options, now: opts.now ?? demoCity(options).now, progress: {}, complete: false };
  const city = demoCity({ ...options, now: current.now });
  const all = sources(city);
  const overallTotal = SEED_ORDER.reduce((n, t) => n + all[t].total, 0);
  const batch = opts.batchSize ?? SEED_BATCH;
  const started = current.progress;
  let overallDone = SEED_ORDER.reduce((n, t) => n + (started[t] ?? 0), 0);

  for (const table of SEED_ORDER) {
    const { total, slice } = all[table];
    for (let done = current.progress[table] ?? 0; done < total; ) {
      const records = [...slice(done, Math.min(total, done + batch))];
      done += records.length;
      const next: SeedState = { ...current, progress: { ...current.progress, [table]: done } };
      await store.db.transaction().execute(async (trx) => {
        await writeRecordsIn(trx, store, table, records);
        await setMeta(trx, META_DEMO_SEED, JSON.stringify(next));
      });
      current = next;
      overallDone += records.length;
      onProgress({ table, done, total, overallDone, overallTotal });
    }
  }
  current = { ...current, complete: true };
  await setMeta(store.db, META_DEMO_SEED, JSON.stringify(current));
  return { status: resuming ? 'resumed' : 'seeded', options, counts: current.progress };
}
