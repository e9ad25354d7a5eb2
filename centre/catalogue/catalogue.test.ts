import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildCentre } from '../app';
import { STORE_KINDS, useTestStore } from '../testing/test-store';
import { TestStation } from '../testing/sync';
import { resetAdminToken } from '../enrolment/admin-token';
import { countChanges, countRecords } from '../db/store';
import { CATALOGUE_ITEMS } from '../../shared/catalogue/catalogue';
import { ensureCatalogue } from './catalogue';

const FAST = { burst: 10_000, perSecond: 1000 };
const pipe = CATALOGUE_ITEMS.find((i) => i.name === '管道疏通')!;

describe.each(STORE_KINDS)('the centre’s catalogue and calendar over %s', (kind) => {
  const t = useTestStore(kind);
  let app: FastifyInstance;
  let token: string;
  beforeAll(async () => {
    app = buildCentre({ store: t.store, sync: { rate: FAST, enrolRate: FAST } });
    await app.ready();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await t.clear();
    token = await resetAdminToken(t.store);
    await ensureCatalogue(t.store);
  });

  const admin = (method: 'GET' | 'PUT', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload !== undefined ? { payload: payload as object } : {}) });

  it('starts a new centre with the built-in catalogue and calendar, once', async () => {
    expect(await countRecords(t.store, 'serviceItems')).toBe(CATALOGUE_ITEMS.length);
    expect(await countRecords(t.store, 'serviceCategories')).toBe(5);
    expect(await countRecords(t.store, 'workCalendars')).toBe(1);
    const changes = await countChanges(t.store);
    expect(await ensureCatalogue(t.store)).toEqual({ items: 0, calendar: false });
    expect(await countChanges(t.store)).toBe(changes);
  });

  it('edits an item and a village station receives the edit on its next pull', async () => {
    const village = await TestStation.enrol(app, t.store, 'JX/NH/T01/V001');
    const { cursor } = await village.pullAll();
    const edit = { ...pipe, keywords: [...pipe.keywords, '化粪池'], timeLimitTier: 'threeDays' };
    const res = await admin('PUT', `/api/admin/catalogue/items/${pipe.code}`, edit);
    expect(res.statusCode).toBe(200);
    const after = await village.pullAll(cursor);
    const items = after.changes.filter((c) => c.table === 'serviceItems');
    expect(items).toHaveLength(1);
    expect(items[0]!.fields).toMatchObject({ code: pipe.code, timeLimitTier: 'threeDays', keywords: expect.arrayContaining(['化粪池']), retired: false });
    // Still one record for the code.
    const catalogue = (await admin('GET', '/api/admin/catalogue')).json() as { items: { code: string }[] };
    expect(catalogue.items.filter((i) => i.code === pipe.code)).toHaveLength(1);
  });

  it('adds and retires items; a retired item stays in the catalogue for old requests', async () => {
    const added = await admin('PUT', '/api/admin/catalogue/items/C1-99', { code: 'C1-99', categoryCode: 'C1', name: '电动车充电咨询', keywords: ['充电'], defaultType: 'consultation', timeLimitTier: 'sameDay', kind: 'volunteer', skills: ['electrical'] });
    expect(added.statusCode).toBe(200);
    const retired = await admin('PUT', `/api/admin/catalogue/items/${pipe.code}`, { ...pipe, retired: true });
    expect(retired.statusCode).toBe(200);
    const { items } = (await admin('GET', '/api/admin/catalogue')).json() as { items: { code: string; retired?: boolean }[] };
    expect(items).toHaveLength(CATALOGUE_ITEMS.length + 1);
    expect(items.find((i) => i.code === pipe.code)?.retired).toBe(true);
  });

  it('refuses a bad item naming every field, and writes nothing', async () => {
    const changes = await countChanges(t.store);
    const res = await admin('PUT', '/api/admin/catalogue/items/C1-02', { code: 'C1-02', categoryCode: 'C2', name: '', keywords: [], defaultType: 'help', timeLimitTier: 'tomorrow', kind: 'volunteer', skills: ['juggling'] });
    expect(res.statusCode).toBe(400);
    const problems = (res.json() as { problems: string[] }).problems.join('\n');
    for (const field of ['name', 'timeLimitTier', 'skills.0', 'code']) expect(problems).toContain(`${field}:`);
    expect((await admin('PUT', '/api/admin/catalogue/items/C9-01', { ...pipe, code: 'C9-01', categoryCode: 'C9' })).json()).toMatchObject({ message: expect.stringContaining('categoryCode') });
    expect((await admin('PUT', '/api/admin/catalogue/items/C1-02', { ...pipe, code: 'C1-03' })).statusCode).toBe(400);
    expect((await admin('PUT', '/api/admin/catalogue/items/C1-02', [1, 2])).statusCode).toBe(400);
    expect(await countChanges(t.store)).toBe(changes);
  });

  it('edits the work calendar; bad periods and dates are refused with their field', async () => {
    const cal = { utcOffsetMinutes: 480, periods: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:30' }], weekend: [6, 0], holidays: ['2027-01-01', '2026-12-31', '2027-01-01'], workdays: [] };
    const res = await admin('PUT', '/api/admin/calendar', cal);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ calendar: { id: 'jx', orgPath: 'JX', weekend: [0, 6], holidays: ['2026-12-31', '2027-01-01'] } });
    const changes = await countChanges(t.store);
    const bad = await admin('PUT', '/api/admin/calendar', { ...cal, periods: [{ start: '13:30', end: '12:00' }], holidays: ['2027-02-30'], workdays: ['2026-12-31'] });
    expect(bad.statusCode).toBe(400);
    const problems = (bad.json() as { problems: string[] }).problems.join('\n');
    expect(problems).toContain('periods:');
    expect(problems).toContain('holidays.0:');
    expect(await countChanges(t.store)).toBe(changes);
  });

  it('keeps the editor behind the admin token', async () => {
    expect((await app.inject({ method: 'PUT', url: '/api/admin/calendar', payload: {} })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/admin/catalogue' })).statusCode).toBe(401);
  });
});
