import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildCentre } from '../app';
import { readRecord } from '../db/store';
import { STORE_KINDS, useTestStore } from '../testing/test-store';
import { TestStation } from '../testing/sync';
import { encodeHlc } from '../../shared/clock/hlc';
import type { HelpRequest, ServiceRecord } from '../../shared/domain/entities';

const FAST = { burst: 10_000, perSecond: 1000 };
const VILLAGE = 'JX/NH/T01/V001';
const TOWN = 'JX/NH/T01';

function event(s: TestStation, id: string, requestId: string, kind: string, data: Record<string, unknown>, hlc = s.hlc()) {
  return s.mutation('requestEvents', id, { requestId, kind, data, hlc, at: new Date().toISOString(), stationPath: s.orgPath, operatorId: 'op1' }, { create: true, orgPath: VILLAGE, hlc });
}

function takeRequest(s: TestStation, id: string, hlc = s.hlc()) {
  return [
    s.mutation('requests', id, { number: 'JX20261128-0001', status: 'intake', receivedAt: new Date().toISOString(), itemCode: 'A01', urgency: 'normal' }, { create: true, hlc }),
    event(s, `${id}-intake`, id, 'intake', {}, hlc),
  ];
}

describe.each(STORE_KINDS)('request events over %s', (kind) => {
  const t = useTestStore(kind);
  let app: FastifyInstance;
  beforeAll(async () => {
    app = buildCentre({ store: t.store, sync: { rate: FAST, enrolRate: FAST } });
    await app.ready();
  });
  afterAll(() => app.close());
  beforeEach(() => t.clear());

  const request = async (id: string) => (await readRecord<HelpRequest>(t.store, 'requests', id))?.record;

  it('a village escalates, its town dispatches, and the village sees the outcome', async () => {
    const village = await TestStation.enrol(app, t.store, VILLAGE);
    const town = await TestStation.enrol(app, t.store, TOWN);
    await village.pushOk([...takeRequest(village, 'req1'), event(village, 'e2', 'req1', 'escalate', { toPath: TOWN, reason: '村里办不了' })]);
    expect(await request('req1')).toMatchObject({ status: 'escalated', holderPath: TOWN, assigneeKind: 'orgUnit' });
    const seen = await town.pullAll();
    expect(seen.changes.filter((c) => c.table === 'requestEvents')).toHaveLength(2);
    const answer = await town.pushOk([event(town, 'e3', 'req1', 'dispatch', { assigneeKind: 'team', assigneeId: 'teamT01', assigneeName: '镇服务队' })]);
    expect(answer.rejected).toEqual([]);
    expect(await request('req1')).toMatchObject({ status: 'dispatched', holderPath: TOWN, assigneeKind: 'team', assigneeId: 'teamT01' });
    const back = await village.pullAll();
    const statusChanges = back.changes.filter((c) => c.recordId === 'req1' && 'status' in c.fields);
    expect(statusChanges.at(-1)?.fields).toMatchObject({ status: 'dispatched', assigneeId: 'teamT01' });
  });

  it('refuses an event the state machine does not allow, with its reason, and keeps the rest', async () => {
    const village = await TestStation.enrol(app, t.store, VILLAGE);
    const answer = await village.pushOk([
      ...takeRequest(village, 'req2'),
      event(village, 'bad', 'req2', 'complete', { result: '完成', hours: [] }),
      event(village, 'fake', 'req2', 'remind', { note: '' }),
    ]);
    expect(answer.rejected).toEqual([expect.objectContaining({ seq: 3, code: 'invalidEvent', message: expect.stringContaining('wrongStatus') })]);
    expect(await readRecord(t.store, 'requestEvents', 'bad')).toBeUndefined();
    expect(await readRecord(t.store, 'requestEvents', 'fake')).toBeDefined();
  });

  it('refuses an event that claims another station, one for an unknown request, and a changed event', async () => {
    const village = await TestStation.enrol(app, t.store, VILLAGE);
    await village.pushOk(takeRequest(village, 'req3'));
    const forged = event(village, 'forged', 'req3', 'remind', { note: '' });
    forged.fields.stationPath = TOWN;
    const orphan = event(village, 'orphan', 'nope', 'remind', { note: '' });
    const changed = village.mutation('requestEvents', 'req3-intake', { kind: 'archive' }, { orgPath: VILLAGE });
    const answer = await village.pushOk([forged, orphan, changed]);
    expect(answer.rejected.map((r) => r.code)).toEqual(['invalidShape', 'unknownRecord', 'invalidEvent']);
  });

  it('flags a request when a later event of another station no longer applies in the merged order', async () => {
    const village = await TestStation.enrol(app, t.store, VILLAGE);
    const town = await TestStation.enrol(app, t.store, TOWN);
    const at = (ms: number, s: TestStation) => encodeHlc({ wall: Date.now() - 60_000 + ms, counter: 0, node: s.deviceId });
    await village.pushOk([
      ...takeRequest(village, 'req4', at(0, village)),
      event(village, 'd', 'req4', 'dispatch', { assigneeKind: 'volunteer', assigneeId: 'v1', assigneeName: '张三' }, at(1000, village)),
      event(village, 'acc', 'req4', 'accept', {}, at(3000, village)),
    ]);
    expect(await request('req4')).toMatchObject({ status: 'accepted' });
    // The town returned it offline, before the accept in HLC order: the return applies, the accept no longer can.
    const answer = await town.pushOk([event(town, 'ret', 'req4', 'return', { reason: '人手不够' }, at(2000, town))]);
    expect(answer.rejected).toEqual([]);
    const flagged = await request('req4');
    expect(flagged).toMatchObject({ status: 'returned', returns: 1, flags: [{ eventId: 'acc', kind: 'accept', reason: 'wrongStatus' }] });
    expect(flagged?.assigneeId ?? null).toBeNull();
  });

  it('voids the hours of a completion that did not take effect when two stations complete one request', async () => {
    const village = await TestStation.enrol(app, t.store, VILLAGE);
    const town = await TestStation.enrol(app, t.store, TOWN);
    const at = (ms: number, s: TestStation) => encodeHlc({ wall: Date.now() - 60_000 + ms, counter: 0, node: s.deviceId });
    const credit = (s: TestStation, id: string, requestId: string, eventId: string, hours: number, hlc: string) =>
      s.mutation('serviceRecords', id, { volunteerId: 'v1', source: 'request', sourceId: requestId, eventId, date: '2026-11-28', hours, place: '', beneficiary: '', content: '', personInCharge: '', recorder: '' }, { create: true, orgPath: VILLAGE, hlc });
    const handled = (id: string) => [
      ...takeRequest(village, id, at(0, village)),
      event(village, `${id}-d`, id, 'dispatch', { assigneeKind: 'volunteer', assigneeId: 'v1', assigneeName: '张三' }, at(1000, village)),
      event(village, `${id}-a`, id, 'accept', {}, at(2000, village)),
    ];
    const done = (s: TestStation, id: string, eventId: string, hours: number, ms: number) => [
      event(s, eventId, id, 'complete', { result: '修好了', hours: [{ volunteerId: 'v1', hours }] }, at(ms, s)),
      credit(s, `${eventId}-v1`, id, eventId, hours, at(ms, s)),
    ];
    const voided = async (id: string) => (await readRecord<ServiceRecord>(t.store, 'serviceRecords', id))?.record.voided;
    await village.pushOk([...handled('req6'), ...handled('req7')]);

    // req6: the town completes first; the village, offline, had completed earlier in HLC order.
    await town.pushOk(done(town, 'req6', 'town-done', 2, 5000));
    expect(await voided('town-done-v1')).toBeUndefined();
    const late = await village.pushOk(done(village, 'req6', 'village-done', 3, 4000));
    expect(late.rejected).toEqual([]);
    expect(await request('req6')).toMatchObject({ status: 'completed', flags: [{ eventId: 'town-done', kind: 'complete' }] });
    expect([await voided('village-done-v1'), await voided('town-done-v1')]).toEqual([undefined, true]);
    // Every station holding the records hears of it: the mark is a change of the centre's.
    const heard = (await village.pullAll()).changes.filter((c) => c.table === 'serviceRecords' && c.recordId === 'town-done-v1');
    expect(heard.at(-1)?.fields).toMatchObject({ voided: true });

    // req7: the later completion arrives second and is refused outright; its hours are voided with it.
    await village.pushOk(done(village, 'req7', 'first-done', 3, 4000));
    const refused = await town.pushOk(done(town, 'req7', 'second-done', 2, 5000));
    expect(refused.rejected.map((r) => r.code)).toEqual(['invalidEvent']);
    expect([await voided('first-done-v1'), await voided('second-done-v1')]).toEqual([undefined, true]);

    // A station cannot set or clear the mark itself.
    await town.pushOk([town.mutation('serviceRecords', 'second-done-v1', { voided: false }, { orgPath: VILLAGE })]);
    expect(await voided('second-done-v1')).toBe(true);
  });
});
