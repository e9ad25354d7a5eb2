/**
 * The centre's city-wide dashboard figures: authenticated like the sync routes, scope-checked
 * against the device's org unit, and equal to the same shared fold a station makes of the same
 * records (for the unit and each child), on SQLite and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildCentre } from '../app';
import { writeRecords } from '../db/store';
import { STORE_KINDS, useTestStore } from '../testing/test-store';
import { TestStation } from '../testing/sync';
import { demoCity } from '../../shared/demo';
import { addInto, foldRecords, FiguresResponse, type Counters } from '../../shared/dashboard';
import { isWithin } from '../../shared/org/org-path';

const NOW = Date.parse('2026-11-28T04:00:00.000Z');
const COUNTY = 'JX/NH';
const PERIOD = { from: '2025-12-01', to: '2026-11-29' };

describe.each(STORE_KINDS)('GET /api/dashboard/figures on %s', (kind) => {
  const test = useTestStore(kind);
  let app: FastifyInstance;
  let county: TestStation;
  const city = demoCity({ seed: 9, requests: 3_000, volunteers: 400, now: NOW });
  const requests = [...city.requests(0, 3_000)];
  const volunteers = [...city.volunteers(0, 400)];

  beforeAll(async () => {
    app = buildCentre({ store: test.store });
    await app.ready();
    await writeRecords(test.store, 'requests', requests);
    await writeRecords(test.store, 'volunteers', volunteers);
    county = await TestStation.enrol(app, test.store, COUNTY);
  });
  afterAll(async () => {
    await app?.close();
  });

  const get = (query: Record<string, string>, credential: string | null = county.credential) =>
    app.inject({ method: 'GET', url: `/api/dashboard/figures?${new URLSearchParams(query)}`, headers: credential ? { authorization: `Bearer ${credential}` } : {} });

  it('gives the county its own and its towns\' rows, equal to the station-side fold of the same records', async () => {
    const res = await get({ unit: COUNTY, ...PERIOD });
    expect(res.statusCode).toBe(200);
    const body = FiguresResponse.parse(res.json());
    const sum = (rows: typeof body.rows, unit: string) => {
      const c: Counters = {};
      for (const r of rows) if (r.unit === unit && r.day >= PERIOD.from && r.day < PERIOD.to) addInto(c, r.c);
      return c;
    };
    const local = [...foldRecords('requests', requests.filter((r) => isWithin(r.orgPath, COUNTY))).values()];
    expect(sum(body.rows, COUNTY)).toEqual(sum(local, COUNTY));
    expect(sum(body.rows, COUNTY).n).toBeGreaterThan(100);
    const towns = [...new Set(body.rows.map((r) => r.unit).filter((u) => u !== COUNTY))];
    expect(towns.length).toBeGreaterThan(3);
    for (const town of towns) expect([town, sum(body.rows, town)]).toEqual([town, sum(local, town)]);
    const registered = volunteers.filter((v) => isWithin(v.orgPath, COUNTY));
    expect(body.rows.find((r) => r.unit === COUNTY && r.day === '-')?.c.vol).toBe(registered.length);
  });

  it('refuses a unit outside the device\'s area, a missing credential and a bad period', async () => {
    expect((await get({ unit: 'JX', ...PERIOD })).statusCode).toBe(403);
    expect((await get({ unit: 'JX/XZ', ...PERIOD })).json()).toMatchObject({ error: 'forbidden' });
    expect((await get({ unit: COUNTY, ...PERIOD }, null)).statusCode).toBe(401);
    expect((await get({ unit: COUNTY, from: '2024-01-01', to: '2026-01-01' })).statusCode).toBe(400);
    expect((await get({ unit: COUNTY, from: PERIOD.to, to: PERIOD.from })).statusCode).toBe(400);
  });

  it('follows changes: a new request counts in the next answer', async () => {
    const before = FiguresResponse.parse((await get({ unit: COUNTY, ...PERIOD })).json());
    const extra = { ...requests.find((r) => isWithin(r.orgPath, COUNTY) && r.receivedAt > '2026-06-01')!, id: 'extra-request' };
    await writeRecords(test.store, 'requests', [extra]);
    const after = FiguresResponse.parse((await get({ unit: COUNTY, ...PERIOD })).json());
    const total = (b: typeof before) => b.rows.filter((r) => r.unit === COUNTY && r.day !== '-').reduce((n, r) => n + (r.c.n ?? 0), 0);
    expect(total(after)).toBe(total(before) + 1);
  });
});
