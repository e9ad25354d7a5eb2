import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildCentre } from '../app';
import { countChanges, readRecord } from '../db/store';
import { STORE_KINDS, useTestStore } from '../testing/test-store';
import { TestStation } from '../testing/sync';
import { encodeHlc } from '../../shared/clock/hlc';
import { ErrorResponse, MAX_CLOCK_AHEAD_MS, PROTOCOL_VERSION } from '../../shared/sync/protocol';
import { CENTRE_VERSION } from '../version';
import { SHARED_DOWN_TABLES, SYNCED_TABLES } from '../../shared/domain/entities';

const VILLAGE = 'JX/NH/T01/V001';
const OTHER_VILLAGE = 'JX/NH/T01/V002';
const TOWN = 'JX/NH/T01';

describe.each(STORE_KINDS)('push over %s', (kind) => {
  const t = useTestStore(kind);
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildCentre({ store: t.store, sync: { rate: { burst: 10_000, perSecond: 1000 }, enrolRate: { burst: 10_000, perSecond: 1000 } } });
    await app.ready();
  });
  afterAll(() => app.close());
  beforeEach(() => t.clear());

  it('applies a batch, acknowledges it, and applies a retried batch once', async () => {
    const s = await TestStation.enrol(app, t.store, VILLAGE);
    const batch = [s.mutation('volunteers', 'v1', { name: '张三' }, { create: true }), s.mutation('volunteers', 'v1', { mobile: '13800000000' })];
    const first = await s.pushOk(batch);
    expect(first).toMatchObject({ acknowledgedThrough: 2, rejected: [] });
    const changes = await countChanges(t.store);
    const again = await s.pushOk(batch);
    expect(again).toMatchObject({ acknowledgedThrough: 2, rejected: [] });
    expect(await countChanges(t.store)).toBe(changes);
    const stored = await readRecord(t.store, 'volunteers', 'v1');
    expect(stored?.record).toMatchObject({ id: 'v1', orgPath: VILLAGE, name: '张三', mobile: '13800000000' });
    // A retry that overlaps and extends: the old part is skipped, the new part applied.
    const third = s.mutation('volunteers', 'v1', { name: '张三丰' });
    expect(await s.pushOk([...batch, third])).toMatchObject({ acknowledgedThrough: 3 });
    expect((await readRecord(t.store, 'volunteers', 'v1'))?.record).toMatchObject({ name: '张三丰' });
  });

  it('rejects mutations one by one with a reason, applies the rest, and repeats the rejections on a retry', async () => {
    const s = await TestStation.enrol(app, t.store, VILLAGE);
    const catalogue = await TestStation.enrol(app, t.store, 'JX');
    await catalogue.pushOk([catalogue.mutation('serviceItems', 'item1', { name: '助餐' }, { create: true })]);
    const batch = [
      s.mutation('volunteers', 'ok1', { name: '李四' }, { create: true }),
      s.mutation('volunteers', 'far', { name: '王五' }, { create: true, orgPath: OTHER_VILLAGE }),
      s.mutation('serviceItems', 'item1', { name: '改名' }, { orgPath: 'JX' }),
      s.mutation('volunteers', 'ghost', { name: '赵六' }),
      s.mutation('volunteers', 'bad', { name: '钱七', __proto__x: 1 }, { create: true }),
      s.mutation('volunteers', 'future', { name: '孙八' }, { create: true, hlc: encodeHlc({ wall: Date.now() + MAX_CLOCK_AHEAD_MS + 3_600_000, counter: 0, node: s.deviceId }) }),
      s.mutation('volunteers', 'ok2', { name: '周九' }, { create: true }),
    ];
    const answer = await s.pushOk(batch);
    expect(answer.acknowledgedThrough).toBe(7);
    expect(answer.rejected.map((r) => [r.seq, r.code])).toEqual([[2, 'outOfScope'], [3, 'readOnly'], [4, 'unknownRecord'], [5, 'invalidShape'], [6, 'clockAhead']]);
    expect(answer.rejected.find((r) => r.code === 'clockAhead')?.message).toMatch(/clock is \d+ minutes ahead/);
    expect(await readRecord(t.store, 'volunteers', 'ok1')).toBeDefined();
    expect(await readRecord(t.store, 'volunteers', 'ok2')).toBeDefined();
    expect(await readRecord(t.store, 'volunteers', 'far')).toBeUndefined();
    expect((await readRecord(t.store, 'serviceItems', 'item1'))?.record).toMatchObject({ name: '助餐' });
    // The answer was lost: the retry is told the same rejections, so the station still learns them.
    const retry = await s.pushOk(batch);
    expect(retry.rejected).toEqual(answer.rejected);
  });

  it('refuses writes outside the station area for every table, and shared-down records of its ancestors as read-only', async () => {
    const s = await TestStation.enrol(app, t.store, VILLAGE);
    const outside = SYNCED_TABLES.map((table) => s.mutation(table, `x-${table}`, { name: 'x' }, { create: true, orgPath: OTHER_VILLAGE }));
    const above = SHARED_DOWN_TABLES.map((table) => s.mutation(table, `up-${table}`, { name: 'x' }, { create: true, orgPath: TOWN }));
    const before = await countChanges(t.store);
    const answer = await s.pushOk([...outside, ...above]);
    expect(answer.acknowledgedThrough).toBe(outside.length + above.length);
    expect(answer.rejected.map((r) => r.code)).toEqual([...outside.map(() => 'outOfScope'), ...above.map(() => 'readOnly')]);
    expect(await countChanges(t.store)).toBe(before);
  });

  it('refuses to move a record out of the station area', async () => {
    const town = await TestStation.enrol(app, t.store, TOWN);
    const village = await TestStation.enrol(app, t.store, VILLAGE);
    await town.pushOk([town.mutation('residents', 'r1', { name: '老人' }, { create: true, orgPath: VILLAGE })]);
    const answer = await village.pushOk([village.mutation('residents', 'r1', { address: '东街' }, { orgPath: OTHER_VILLAGE })]);
    expect(answer.rejected[0]).toMatchObject({ code: 'outOfScope' });
    // The town may move it between its villages.
    expect((await town.pushOk([town.mutation('residents', 'r1', {}, { orgPath: OTHER_VILLAGE })])).rejected).toEqual([]);
    expect((await readRecord(t.store, 'residents', 'r1'))?.record.orgPath).toBe(OTHER_VILLAGE);
  });

  it('merges per field: two stations keep their edits to different fields, the later clock wins the same field', async () => {
    const village = await TestStation.enrol(app, t.store, VILLAGE);
    const town = await TestStation.enrol(app, t.store, TOWN);
    const created = encodeHlc({ wall: Date.now() - 5000, counter: 0, node: village.deviceId });
    await village.pushOk([village.mutation('residents', 'r1', { name: '甲', address: '一号', mobile: '1' }, { create: true, hlc: created })]);
    const early = encodeHlc({ wall: Date.now() - 1000, counter: 0, node: village.deviceId });
    const late = encodeHlc({ wall: Date.now() - 500, counter: 0, node: town.deviceId });
    // The later write arrives first; the earlier one must not overwrite it.
    await town.pushOk([town.mutation('residents', 'r1', { mobile: '3', address: '三号' }, { orgPath: VILLAGE, hlc: late })]);
    await village.pushOk([village.mutation('residents', 'r1', { mobile: '2', name: '乙' }, { hlc: early })]);
    const stored = await readRecord(t.store, 'residents', 'r1');
    expect(stored?.record).toMatchObject({ name: '乙', address: '三号', mobile: '3' });
    expect(stored?.fieldClocks.mobile).toBe(late);
  });

  it('answers 409 resync_required when a station is ahead of what the centre acknowledged', async () => {
    const s = await TestStation.enrol(app, t.store, VILLAGE);
    s.seq = 10;
    const res = await s.push([s.mutation('volunteers', 'v', { name: 'x' }, { create: true })]);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ error: 'resync_required', lastApplied: 0 });
    expect(ErrorResponse.parse(res.json()).lastApplied).toBe(0);
    expect(await countChanges(t.store)).toBe(0);
  });

  it('refuses bodies that are not a push with 400 and the reason, too large ones with 413, and non-consecutive seqs', async () => {
    const s = await TestStation.enrol(app, t.store, VILLAGE);
    const bad = await s.push([{ ...s.mutation('volunteers', 'v', {}), table: 'nope' } as never]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/mutations\.0\.table/);
    const gap = [s.mutation('volunteers', 'a', { name: 'a' }, { create: true }), { ...s.mutation('volunteers', 'b', { name: 'b' }, { create: true }), seq: 5 }];
    expect((await s.push(gap)).statusCode).toBe(400);
    const huge = await app.inject({ method: 'POST', url: '/api/sync/push', headers: { ...s.auth(), 'content-type': 'application/json' }, payload: JSON.stringify({ pad: 'x'.repeat(6 * 1024 * 1024) }) });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ error: 'too_large' });
  });

  it('accepts gzip request bodies, refuses broken gzip and gzip bombs, and compresses answers', async () => {
    const s = await TestStation.enrol(app, t.store, VILLAGE);
    const body = { protocol: PROTOCOL_VERSION, schemaVersion: 4, appVersion: CENTRE_VERSION, mutations: [s.mutation('volunteers', 'gz', { name: '压缩', note: '长'.repeat(2000) }, { create: true })] };
    const headers = { ...s.auth(), 'content-type': 'application/json', 'content-encoding': 'gzip', 'accept-encoding': 'gzip' };
    const res = await app.inject({ method: 'POST', url: '/api/sync/push', headers, payload: gzipSync(JSON.stringify(body)) });
    expect(res.json()).toMatchObject({ acknowledgedThrough: 1 });
    expect((await readRecord(t.store, 'volunteers', 'gz'))?.record).toMatchObject({ name: '压缩' });
    const broken = await app.inject({ method: 'POST', url: '/api/sync/push', headers, payload: Buffer.from('not gzip at all') });
    expect(broken.statusCode).toBe(400);
    const bomb = await app.inject({ method: 'POST', url: '/api/sync/push', headers, payload: gzipSync(Buffer.alloc(20 * 1024 * 1024, 32)) });
    expect(bomb.statusCode).toBe(413);
    const pulled = await app.inject({ method: 'GET', url: '/api/sync/pull', headers: { ...s.auth(), 'accept-encoding': 'gzip' } });
    expect(pulled.headers['content-encoding']).toBe('gzip');
  });

  it('refuses an older protocol with unsupported_version and tells an older app to update', async () => {
    const s = await TestStation.enrol(app, t.store, VILLAGE);
    const old = await s.push([s.mutation('volunteers', 'v', { name: 'x' }, { create: true })], { protocol: 0 });
    expect(old.statusCode).toBe(426);
    expect(old.json()).toMatchObject({ error: 'unsupported_version' });
    s.seq = 0;
    const behind = await s.push([s.mutation('volunteers', 'v', { name: 'x' }, { create: true })], { appVersion: '0.0.1' });
    expect(behind.statusCode).toBe(200);
    expect(behind.json()).toMatchObject({ acknowledgedThrough: 1, updateAvailable: true });
    // Once a station pushed with schema 9, a station on schema 4 is behind.
    const newer = await TestStation.enrol(app, t.store, VILLAGE);
    await newer.push([newer.mutation('volunteers', 'n', { name: 'n' }, { create: true })], { schemaVersion: 9 });
    expect((await s.pushOk([s.mutation('volunteers', 'v', { name: 'y' })])).updateAvailable).toBe(true);
  });

  it('answers 401 to a missing or unknown credential and to a revoked device', async () => {
    const s = await TestStation.enrol(app, t.store, VILLAGE);
    const none = await app.inject({ method: 'POST', url: '/api/sync/push', payload: {} });
    expect(none.statusCode).toBe(401);
    expect(none.json()).toMatchObject({ error: 'unauthorised' });
    const wrong = await new TestStation(app, 'x', 'A'.repeat(43), VILLAGE).push([]);
    expect(wrong.json()).toMatchObject({ error: 'unauthorised' });
    await t.store.db.updateTable('devices').set({ revoked_at: new Date().toISOString() }).where('id', '=', s.deviceId).execute();
    const revoked = await s.push([s.mutation('volunteers', 'v', { name: 'x' }, { create: true })]);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json()).toMatchObject({ error: 'revoked' });
    expect(revoked.json().message).toMatch(/enrol again/);
    expect((await s.pull()).statusCode).toBe(401);
  });
});
