import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../shared/clock/hlc';
import type { Change } from '../../../shared/sync/protocol';
import { LianxinDb } from '../db/schema';
import { peekDevice, readDevice } from '../db/device';
import { applyPage } from './pull';
import { readCursor } from './local-state';

let db: LianxinDb;
beforeEach(async () => {
  db = new LianxinDb(`pull-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const VILLAGE = 'JX/NH/T01/V001';
const TOWN = 'JX/NH/T01';
const NOW = Date.parse('2026-11-28T08:00:00Z');
const hlc = (minutes: number, node = 'a') => encodeHlc({ wall: NOW + minutes * 60_000, counter: 0, node });
const whole = (table: Change['table'], recordId: string, fields: Record<string, unknown>, clock: string, orgPath = VILLAGE): Change => ({
  table, recordId, orgPath, fields: { id: recordId, orgPath, ...fields }, clocks: Object.fromEntries(Object.keys({ id: 1, orgPath: 1, ...fields }).map((f) => [f, clock])),
});
const request = (clock: string) => whole('requests', 'r1', {
  number: 'JX20261128-0001', receivedAt: new Date(NOW).toISOString(), status: 'intake', itemCode: 'L01', urgency: 'normal', createdAt: '', updatedAt: '', updatedBy: 'x',
}, clock);
const event = (id: string, kind: string, minutes: number, data: Record<string, unknown>, stationPath = VILLAGE, node = 'a') =>
  whole('requestEvents', id, { requestId: 'r1', kind, hlc: hlc(minutes, node), at: new Date(NOW + minutes * 60_000).toISOString(), stationPath, data, operatorId: 'o' }, hlc(minutes, node));

describe('applying a pulled page', () => {
  it('merges records and stores the cursor together, without touching the outbox', async () => {
    await applyPage(db, { changes: [whole('teams', 't1', { name: '甲' }, hlc(1))], cursor: 'c1' }, NOW);
    expect(await db.synced('teams').get('t1')).toMatchObject({ name: '甲', _hlc: hlc(1) });
    expect(await readCursor(db.meta)).toBe('c1');
    expect(await db.outbox.count()).toBe(0);
  });

  it('leaves neither records nor cursor when a page cannot be applied (it is pulled again)', async () => {
    await applyPage(db, { changes: [whole('teams', 't1', { name: '甲' }, hlc(1))], cursor: 'c1' }, NOW);
    const broken = { ...whole('teams', 't2', { name: '乙' }, hlc(2)), table: 'noSuchTable' } as unknown as Change;
    await expect(applyPage(db, { changes: [whole('teams', 't3', { name: '丙' }, hlc(2)), broken], cursor: 'c2' }, NOW)).rejects.toThrow();
    expect(await db.synced('teams').get('t3')).toBeUndefined();
    expect(await readCursor(db.meta)).toBe('c1');
  });

  it("moves this device's clock past what it saw, even when this PC's clock is hours behind", async () => {
    const device = await readDevice(db.meta);
    await applyPage(db, { changes: [whole('teams', 't1', { name: '甲' }, hlc(600, 'zzz'))], cursor: 'c1' }, NOW);
    const after = await peekDevice(db.meta);
    expect(after!.hlc > hlc(600, 'zzz').slice(0, 20)).toBe(true);
    expect(after!.hlc.endsWith(device.deviceId)).toBe(true);
  });

  it('derives the request from all its events whatever order they arrive in, and flags what cannot apply', async () => {
    // The town dispatched and the village returned before it was accepted: impossible together.
    await applyPage(db, { changes: [event('e3', 'return', 3, { reason: '无人' }), event('e1', 'intake', 0, {})], cursor: 'c1' }, NOW);
    await applyPage(db, { changes: [request(hlc(0)), event('e2', 'escalate', 2, { toPath: TOWN, reason: '需协调' })], cursor: 'c2' }, NOW);
    const r = await db.synced('requests').get('r1');
    expect(r).toMatchObject({ status: 'escalated', holderPath: TOWN, assigneeKind: 'orgUnit', assigneeId: TOWN });
    expect(r?.flags).toMatchObject([{ eventId: 'e3', kind: 'return', reason: 'wrongStatus' }]);
    await applyPage(db, { changes: [event('e4', 'dispatch', 4, { assigneeKind: 'team', assigneeId: 'tt', assigneeName: '镇服务队' }, TOWN, 'b')], cursor: 'c3' }, NOW);
    expect(await db.synced('requests').get('r1')).toMatchObject({ status: 'dispatched', assigneeKind: 'team', assigneeId: 'tt' });
    expect(await db.outbox.count()).toBe(0);
  });
});
