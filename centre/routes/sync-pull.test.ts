import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildCentre } from '../app';
import { STORE_KINDS, useTestStore } from '../testing/test-store';
import { keysOf, TestStation } from '../testing/sync';
import { encodeCursor } from '../sync/cursor';
import type { PullResponse } from '../../shared/sync/protocol';

const FAST = { burst: 10_000, perSecond: 1000 };
const OLD = '2025-01-01T00:00:00.000Z';

describe.each(STORE_KINDS)('pull over %s', (kind) => {
  const t = useTestStore(kind);
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildCentre({ store: t.store, sync: { rate: FAST, enrolRate: FAST } });
    await app.ready();
  });
  afterAll(() => app.close());
  beforeEach(() => t.clear());

  /** A small city: catalogue at JX, a county team, records in two villages, a town and another county. */
  async function seedCity() {
    const city = await TestStation.enrol(app, t.store, 'JX');
    await city.pushOk([
      city.mutation('serviceItems', 'item1', { name: '助餐' }, { create: true }),
      city.mutation('teams', 'teamNH', { name: '南湖区服务队' }, { create: true, orgPath: 'JX/NH' }),
      city.mutation('residents', 'resNH', { name: '区里的' }, { create: true, orgPath: 'JX/NH' }),
      city.mutation('teams', 'teamXZ', { name: '秀洲区服务队' }, { create: true, orgPath: 'JX/XZ' }),
      city.mutation('residents', 'resT01', { name: '镇里的' }, { create: true, orgPath: 'JX/NH/T01' }),
      city.mutation('residents', 'resV1', { name: '村一' }, { create: true, orgPath: 'JX/NH/T01/V001' }),
      city.mutation('residents', 'resV2', { name: '村二' }, { create: true, orgPath: 'JX/NH/T01/V002' }),
      city.mutation('residents', 'resV10', { name: '村十' }, { create: true, orgPath: 'JX/NH/T01/V0010' }),
      city.mutation('residents', 'resXZ', { name: '秀洲' }, { create: true, orgPath: 'JX/XZ/T02/V001' }),
    ]);
    return city;
  }

  it('gives a village its own records and what its ancestors share down, a town its subtree, the city everything', async () => {
    await seedCity();
    const village = await TestStation.enrol(app, t.store, 'JX/NH/T01/V001');
    const town = await TestStation.enrol(app, t.store, 'JX/NH/T01');
    const city = await TestStation.enrol(app, t.store, 'JX');
    expect(keysOf((await village.pullAll()).changes)).toEqual(new Set(['serviceItems:item1', 'teams:teamNH', 'residents:resV1']));
    expect(keysOf((await town.pullAll()).changes)).toEqual(new Set(['serviceItems:item1', 'teams:teamNH', 'residents:resT01', 'residents:resV1', 'residents:resV2', 'residents:resV10']));
    expect(keysOf((await city.pullAll()).changes).size).toBe(9);
    const seen = await t.store.db.selectFrom('devices').select('last_seen_at').where('id', '=', village.deviceId).executeTakeFirstOrThrow();
    expect(seen.last_seen_at).toEqual(expect.any(String));
  });

  it('filters the change log to the same scope after the first sync', async () => {
    const writer = await seedCity();
    const village = await TestStation.enrol(app, t.store, 'JX/NH/T01/V001');
    const { cursor } = await village.pullAll();
    await writer.pushOk([
      writer.mutation('residents', 'resV1', { name: '村一改' }, { orgPath: 'JX/NH/T01/V001' }),
      writer.mutation('residents', 'resV2', { name: '村二改' }, { orgPath: 'JX/NH/T01/V002' }),
      writer.mutation('teams', 'teamNH', { name: '南湖队' }, { orgPath: 'JX/NH' }),
      writer.mutation('residents', 'resNH', { name: '区改' }, { orgPath: 'JX/NH' }),
      writer.mutation('serviceItems', 'item1', { name: '助餐服务' }, { orgPath: 'JX' }),
    ]);
    const next = await village.pullAll(cursor, 2);
    expect(next.pages.every((p) => p.phase === 'log')).toBe(true);
    expect(next.changes.map((c) => [c.recordId, c.fields.name])).toEqual([['resV1', '村一改'], ['teamNH', '南湖队'], ['item1', '助餐服务']]);
    for (const c of next.changes) for (const f of Object.keys(c.fields)) expect(c.clocks[f]).toMatch(/^\d{15}-/);
    // Nothing new: the same cursor comes back empty and final.
    const idle = await village.pullAll(next.cursor);
    expect(idle.changes).toEqual([]);
  });

  it('sends catalogue and teams first, then open and recent work, then the rest; resumes from any cursor', async () => {
    const v = await TestStation.enrol(app, t.store, 'JX/NH/T01/V001');
    const city = await seedCity();
    await v.pushOk([
      v.mutation('requests', 'reqOld', { status: 'archived', updatedAt: OLD }, { create: true }),
      v.mutation('volunteers', 'volOld', { name: '老', updatedAt: OLD }, { create: true }),
      v.mutation('requests', 'reqOpen', { status: 'dispatched', updatedAt: OLD }, { create: true }),
      v.mutation('volunteers', 'volNew', { name: '新' }, { create: true }),
    ]);
    await t.store.db.updateTable('records').set({ data: JSON.stringify({ id: 'resV1', orgPath: 'JX/NH/T01/V001', name: '村一', updatedAt: OLD }) }).where('id', '=', 'resV1').execute();
    void city;
    const fresh = await TestStation.enrol(app, t.store, 'JX/NH/T01/V001');
    const first = await fresh.pullAll(undefined, 1);
    const order = first.changes.map((c) => c.recordId);
    expect(order.slice(0, 2).sort()).toEqual(['item1', 'teamNH']);
    expect(order.slice(2, 4).sort()).toEqual(['reqOpen', 'volNew']);
    expect(order.slice(4).sort()).toEqual(['reqOld', 'resV1', 'volOld']);
    const snapshot = first.pages.filter((p) => p.phase === 'snapshot');
    expect(snapshot.at(-1)?.progress).toEqual({ done: 7, total: 7 });
    expect(snapshot[2]?.progress).toEqual({ done: 3, total: 7 });
    // Interrupted after the third page: the stored cursor carries on with the rest, nothing again.
    const resumed = await fresh.pullAll(snapshot[2]?.cursor, 2);
    expect(resumed.changes.map((c) => c.recordId)).toEqual(order.slice(3));
  });

  it('delivers changes made during a first sync in the log that follows it', async () => {
    const city = await seedCity();
    const fresh = await TestStation.enrol(app, t.store, 'JX');
    const page = (await fresh.pull(undefined, 2)).json() as PullResponse;
    await city.pushOk([city.mutation('residents', 'resV1', { name: '中途改' }, { orgPath: 'JX/NH/T01/V001' }), city.mutation('residents', 'late', { name: '新来' }, { create: true })]);
    const rest = await fresh.pullAll(page.cursor, 3);
    const all = [...page.changes, ...rest.changes];
    // A record created during the snapshot may come twice (snapshot and log): merging is idempotent.
    expect(all.filter((c) => c.recordId === 'late').length).toBeGreaterThanOrEqual(1);
    expect(rest.pages.at(-1)?.phase).toBe('log');
    expect(all.filter((c) => c.recordId === 'resV1').at(-1)?.fields.name).toBe('中途改');
  });

  it('refuses a cursor it did not issue (400), one past the end of its log (409), a bad limit (400)', async () => {
    const v = await TestStation.enrol(app, t.store, 'JX/NH/T01/V001');
    expect((await v.pull('not-a-cursor')).statusCode).toBe(400);
    expect((await v.pull(encodeCursor({ v: 1, phase: 'log', seq: 1_000_000 }))).json()).toMatchObject({ error: 'resync_required' });
    const bad = await app.inject({ method: 'GET', url: '/api/sync/pull?limit=lots', headers: v.auth() });
    expect(bad.statusCode).toBe(400);
    const extra = await app.inject({ method: 'GET', url: '/api/sync/pull?scope=JX', headers: v.auth() });
    expect(extra.statusCode).toBe(400);
  });

  it('slows down a device that pulls too fast with 429 and how long to wait', async () => {
    const slow = buildCentre({ store: t.store, sync: { rate: { burst: 2, perSecond: 0.5 }, enrolRate: FAST } });
    try {
      const v = await TestStation.enrol(slow, t.store, 'JX/NH/T01/V001');
      expect((await v.pull()).statusCode).toBe(200);
      expect((await v.pull()).statusCode).toBe(200);
      const third = await v.pull();
      expect(third.statusCode).toBe(429);
      expect(third.json()).toMatchObject({ error: 'rate_limited', retryAfterSeconds: 2 });
      expect(third.headers['retry-after']).toBe('2');
      // Another device has its own bucket.
      const w = await TestStation.enrol(slow, t.store, 'JX/NH/T01/V002');
      expect((await w.pull()).statusCode).toBe(200);
    } finally {
      await slow.close();
    }
  });
});
