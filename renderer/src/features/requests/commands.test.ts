import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../db';
import { EventRejected, RequestRejected, recordEvent, requestEvents, takeRequest } from './commands';
import type { RequestInput } from '../../../../shared/requests/request-input';
import { ENROLMENT_KEY } from '../../sync/local-state';

const clerk = { operatorId: 'op-clerk' };
const VILLAGE = 'JX/NH/T10/V003';
const TOWN = 'JX/NH/T10';
/** Friday 27 Nov 2026, 10:00 China time. */
const FRIDAY_10 = Date.parse('2026-11-27T10:00:00+08:00');
const at = (hours: number) => ({ stationPath: VILLAGE, role: 'clerk' as const, at: FRIDAY_10 + hours * 3_600_000 });

const call: RequestInput = {
  callerName: '张三丰', callerMobile: '139 0573 1234', address: '新丰镇竹林村 3 组 12 号', itemCode: 'C1-02',
  type: 'help', source: 'hotline', urgency: 'normal', description: '厨房下水道堵塞，需要上门疏通',
};

beforeEach(async () => {
  await Promise.all([db.synced('requests').clear(), db.synced('requestEvents').clear(), db.outbox.clear(), db.meta.clear()]);
});

describe('takeRequest', () => {
  it('writes the request and its intake event in one transaction, numbered per day', async () => {
    const r = await takeRequest(clerk, at(0), call);
    expect(r).toMatchObject({
      number: 'NH10003-20261127-0001', status: 'intake', holderPath: VILLAGE, callerMobile: '13905731234', callerPinyin: 'zhangsanfeng',
      callerInitials: 'zsf', categoryCode: 'C1', receivedAt: '2026-11-27T02:00:00.000Z',
      dueAt: '2026-11-27T09:30:00.000Z', // 管道疏通 is same day: 17:30 China time
    });
    const events = await requestEvents(r.id);
    expect(events).toMatchObject([{ kind: 'intake', operatorId: 'op-clerk', stationPath: VILLAGE, role: 'clerk' }]);
    const outbox = await db.outbox.toArray();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]!.mutations.map((m) => m.table)).toEqual(['requests', 'requestEvents']);
    expect((await takeRequest(clerk, at(1), call)).number).toBe('NH10003-20261127-0002');
    // Another station numbers under its own code; the next China-time day starts again at 0001.
    expect((await takeRequest(clerk, { ...at(2), stationPath: TOWN }, call)).number).toBe('NH10-20261127-0001');
    expect((await takeRequest(clerk, at(14), call)).number).toBe('NH10003-20261128-0001');
  });

  it('numbers a second PC of the station apart, though it holds the first PC\'s numbers', async () => {
    // Seat 1 (or a PC never enrolled) took two calls; they synced to this PC, which is seat 2.
    await takeRequest(clerk, at(0), call);
    await takeRequest(clerk, at(1), call);
    await db.meta.put({ key: ENROLMENT_KEY, value: { centreUrl: 'http://centre', deviceId: 'dev_2', credential: 'x', orgPath: VILLAGE, seat: 2, enrolledAt: '' } });
    expect((await takeRequest(clerk, at(2), call)).number).toBe('NH10003-20261127-2-0001');
    expect((await takeRequest(clerk, at(3), call)).number).toBe('NH10003-20261127-2-0002');
    // Reinstalled, with its counter gone, it goes on after its own numbers it holds.
    await db.meta.delete('requestNo:JX/NH/T10/V003:NH10003-20261127-2-');
    expect((await takeRequest(clerk, at(4), call)).number).toBe('NH10003-20261127-2-0003');
  });

  it('lets a town take a call for one of its villages, hold it, and send it down there', async () => {
    const town = { stationPath: TOWN, role: 'clerk' as const, at: FRIDAY_10 };
    const r = await takeRequest(clerk, town, { ...call, orgPath: VILLAGE });
    expect(r).toMatchObject({ orgPath: VILLAGE, holderPath: TOWN, status: 'intake' });
    expect(await requestEvents(r.id)).toMatchObject([{ kind: 'intake', orgPath: VILLAGE, stationPath: TOWN }]);
    const down = await recordEvent(clerk, r.id, 'sendDown', { toPath: VILLAGE, reason: '属地处理' }, { ...town, at: FRIDAY_10 + 60_000 });
    expect(down.request).toMatchObject({ holderPath: VILLAGE, status: 'intake' });
    const before = await db.synced('requests').count();
    await expect(takeRequest(clerk, town, { ...call, orgPath: 'JX/HY/T02' })).rejects.toMatchObject({ problems: [{ field: 'orgPath', code: 'outsideArea' }] });
    expect(await db.synced('requests').count()).toBe(before);
  });

  it('names every bad field and writes nothing', async () => {
    const error = await takeRequest(clerk, at(0), { ...call, callerMobile: '1234', itemCode: 'C9-99', callerName: ' ', type: 'gossip' as never, description: '' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestRejected);
    expect((error as RequestRejected).problems).toEqual(expect.arrayContaining([
      { field: 'callerName', code: 'required' }, { field: 'callerMobile', code: 'mobile' }, { field: 'itemCode', code: 'unknownItem' },
      { field: 'type', code: 'invalidChoice' }, { field: 'description', code: 'required' },
    ]));
    expect(await db.synced('requests').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('gives an emergency the same-day limit whatever the item says', async () => {
    const r = await takeRequest(clerk, at(0), { ...call, itemCode: 'C2-01', urgency: 'emergency' });
    expect(r.dueAt).toBe('2026-11-27T09:30:00.000Z');
  });
});

describe('recordEvent', () => {
  it('follows dispatch → accept → complete → not satisfied → redo → satisfied → archive, keeping the derived fields', async () => {
    const r = await takeRequest(clerk, at(0), call);
    const step = <K extends Parameters<typeof recordEvent>[2]>(kind: K, data: Parameters<typeof recordEvent<K>>[3], hours: number) =>
      recordEvent(clerk, r.id, kind, data, at(hours));
    let { request } = await step('dispatch', { assigneeKind: 'volunteer', assigneeId: 'v1', assigneeName: '李建国' }, 0.5);
    expect(request).toMatchObject({ status: 'dispatched', assigneeKind: 'volunteer', assigneeId: 'v1' });
    ({ request } = await step('return', { reason: '不在本村' }, 0.6));
    expect(request).toMatchObject({ status: 'returned', returns: 1, assigneeId: null });
    await step('dispatch', { assigneeKind: 'volunteer', assigneeId: 'v2', assigneeName: '王芳' }, 0.7);
    await step('accept', {}, 0.8);
    ({ request } = await step('complete', { result: '已疏通', hours: [{ volunteerId: 'v2', hours: 1.5 }] }, 2));
    expect(request).toMatchObject({ status: 'completed', closedAt: new Date(FRIDAY_10 + 2 * 3_600_000).toISOString() });
    ({ request } = await step('callback', { satisfaction: 'dissatisfied', note: '又堵了' }, 24));
    expect(request).toMatchObject({ status: 'redo', redos: 1, satisfaction: 'dissatisfied', closedAt: null });
    await step('dispatch', { assigneeKind: 'volunteer', assigneeId: 'v2', assigneeName: '王芳' }, 25);
    await step('accept', {}, 25.1);
    const done = await step('complete', { result: '更换管道', hours: [{ volunteerId: 'v2', hours: 2 }, { volunteerId: 'v3', hours: 1 }] }, 26);
    expect(done.event.data).toEqual({ result: '更换管道', hours: [{ volunteerId: 'v2', hours: 2 }, { volunteerId: 'v3', hours: 1 }] });
    await step('callback', { satisfaction: 'satisfied', note: '' }, 48);
    ({ request } = await step('archive', {}, 49));
    expect(request).toMatchObject({ status: 'archived', satisfaction: 'satisfied' });
    expect((await requestEvents(r.id)).map((e) => e.kind)).toEqual([
      'intake', 'dispatch', 'return', 'dispatch', 'accept', 'complete', 'callback', 'dispatch', 'accept', 'complete', 'callback', 'archive',
    ]);
  });

  it('refuses a step the state machine does not allow, with its reason, and writes nothing', async () => {
    const r = await takeRequest(clerk, at(0), call);
    const before = await db.outbox.count();
    const error = await recordEvent(clerk, r.id, 'accept', {}, at(1)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EventRejected);
    expect((error as EventRejected).reason).toBe('wrongStatus');
    await expect(recordEvent(clerk, r.id, 'dispatch', { assigneeKind: 'team', assigneeId: 't', assigneeName: ' ' }, at(1))).rejects.toMatchObject({ reason: 'invalidData' });
    await expect(recordEvent(clerk, r.id, 'supervise', { card: 'red', note: '' }, at(1))).rejects.toMatchObject({ reason: 'roleNotAllowed' });
    await expect(recordEvent(clerk, 'nope', 'remind', { note: '' }, at(1))).rejects.toMatchObject({ reason: 'notFound' });
    expect(await db.outbox.count()).toBe(before);
    expect(await requestEvents(r.id)).toHaveLength(1);
  });

  it('stops the clock while waiting on the resident and adds the time back on resume', async () => {
    const r = await takeRequest(clerk, at(0), call); // due Friday 17:30
    await recordEvent(clerk, r.id, 'dispatch', { assigneeKind: 'team', assigneeId: 't1', assigneeName: '生活服务队' }, at(0.5));
    await recordEvent(clerk, r.id, 'accept', {}, at(1));
    const paused = await recordEvent(clerk, r.id, 'pause', { reason: '居民外出' }, at(2)); // 12:00
    expect(paused.request.dueAt).toBeNull();
    expect(await db.synced('requests').where('dueAt').above('').count()).toBe(0);
    const resumed = await recordEvent(clerk, r.id, 'resume', {}, at(5)); // 15:00: 1.5 working hours waited
    expect(resumed.request.dueAt).toBe(new Date(Date.parse('2026-11-30T10:00:00+08:00')).toISOString());
  });

  it('escalates to the town, which approves an extension that replaces the due time', async () => {
    const r = await takeRequest(clerk, at(0), call);
    const town = { stationPath: TOWN, role: 'supervisor' as const, at: FRIDAY_10 + 3_600_000 };
    const up = await recordEvent(clerk, r.id, 'escalate', { toPath: TOWN, reason: '需镇里协调' }, at(0.5));
    expect(up.request).toMatchObject({ status: 'escalated', holderPath: TOWN, assigneeKind: 'orgUnit', assigneeId: TOWN });
    await recordEvent(clerk, r.id, 'sendDown', { toPath: VILLAGE, reason: '由村里处理' }, town);
    await recordEvent(clerk, r.id, 'dispatch', { assigneeKind: 'volunteer', assigneeId: 'v1', assigneeName: '李建国' }, at(1.5));
    const until = '2026-12-04T09:30:00.000Z';
    await recordEvent(clerk, r.id, 'requestExtension', { until, reason: '配件需订购' }, at(2));
    await expect(recordEvent(clerk, r.id, 'decideExtension', { approved: true, note: '' }, at(2.5))).rejects.toMatchObject({ reason: 'notAuthorised' });
    const decided = await recordEvent(clerk, r.id, 'decideExtension', { approved: true, note: '同意' }, town);
    expect(decided.request).toMatchObject({ dueAt: until, extensions: 1 });
  });
});
