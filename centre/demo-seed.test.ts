import { afterAll, describe, expect, it } from 'vitest';
import { demoCity } from '../shared/demo/index';
import { countChanges, countRecords, readRecord, writeRecords } from './db/store';
import { DemoSeedConflictError, readSeedState, seedDemoCity, type SeedProgress } from './demo-seed';
import { STORE_KINDS, useTestStore } from './testing/test-store';
import { sampleRecords } from './testing/records';
import type { StoreKind } from './db/schema';

const NOW = Date.UTC(2026, 5, 1);
const SMALL = { seed: 7, volunteers: 230, requests: 410, residents: 120, now: NOW };
const results = new Map<StoreKind, unknown>();

describe.each(STORE_KINDS)('demo seed on %s', (kind) => {
  const t = useTestStore(kind);

  it('stores exactly what the generator produces, reporting progress', async () => {
    const city = demoCity(SMALL);
    const seen: SeedProgress[] = [];
    const result = await seedDemoCity(t.store, { ...SMALL, batchSize: 100 }, (p) => seen.push(p));
    expect(result.status).toBe('seeded');
    const expected = {
      serviceCategories: city.serviceCategories.length,
      serviceItems: city.serviceItems.length,
      teams: city.teams.length,
      volunteers: 230,
      residents: 120,
      requests: 410,
    };
    for (const [tbl, n] of Object.entries(expected)) expect(await countRecords(t.store, tbl as keyof typeof expected), tbl).toBe(n);
    const total = Object.values(expected).reduce((a, b) => a + b, 0);
    expect(await countRecords(t.store)).toBe(total);
    expect(await countChanges(t.store)).toBe(total);
    expect(seen.at(-1)).toMatchObject({ table: 'requests', done: 410, total: 410, overallDone: total, overallTotal: total });
    expect(seen.map((p) => p.overallDone)).toEqual([...seen.map((p) => p.overallDone)].sort((a, b) => a - b));

    expect((await readRecord(t.store, 'volunteers', city.volunteer(17).id))?.record).toEqual(city.volunteer(17));
    expect((await readRecord(t.store, 'requests', city.request(409).id))?.record).toEqual(city.request(409));
    results.set(kind, { counts: result.counts, sample: (await readRecord(t.store, 'residents', city.resident(3).id))?.record });
  });

  it('does nothing when run again with the same options', async () => {
    const changes = await countChanges(t.store);
    const again = await seedDemoCity(t.store, { ...SMALL, now: NOW + 86_400_000 });
    expect(again.status).toBe('unchanged');
    expect(await countChanges(t.store)).toBe(changes);
  });

  it('refuses other options unless reset, and reset replaces the city', async () => {
    await expect(seedDemoCity(t.store, { ...SMALL, volunteers: 50 })).rejects.toThrow(DemoSeedConflictError);
    const replaced = await seedDemoCity(t.store, { ...SMALL, volunteers: 50, requests: 20, residents: 10, reset: true });
    expect(replaced.status).toBe('seeded');
    expect(await countRecords(t.store, 'volunteers')).toBe(50);
    expect(await countRecords(t.store, 'requests')).toBe(20);
    expect(await countChanges(t.store)).toBe(await countRecords(t.store));
  });

  it('resumes an interrupted seed after its last committed batch, writing nothing twice', async () => {
    const opts = { ...SMALL, volunteers: 300, reset: true, batchSize: 100 };
    let batches = 0;
    const interrupt = () => {
      if (++batches === 5) throw new Error('power cut');
    };
    await expect(seedDemoCity(t.store, opts, interrupt)).rejects.toThrow('power cut');
    const state = await readSeedState(t.store);
    expect(state?.complete).toBe(false);
    const resumed = await seedDemoCity(t.store, { ...opts, reset: false });
    expect(resumed.status).toBe('resumed');
    expect(await countRecords(t.store, 'volunteers')).toBe(300);
    expect(await countChanges(t.store)).toBe(await countRecords(t.store));
  });

  it('will not mix a demo city into a store that holds other data', async () => {
    await t.clear();
    await writeRecords(t.store, 'volunteers', sampleRecords(2));
    await expect(seedDemoCity(t.store, SMALL)).rejects.toThrow(/not a demo city/);
    expect(await countRecords(t.store)).toBe(2);
  });
});

describe('demo seed on both stores', () => {
  afterAll(() => results.clear());
  it('gives the same city', () => {
    expect(results.size).toBe(2);
    expect(results.get('postgres')).toEqual(results.get('sqlite'));
  });
});
