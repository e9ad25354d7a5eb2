import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isWithin } from '../org/org-path';
import type { RequestStatus } from '../domain/entities';
import type { LifecycleEvent, RequestEventData, RequestEventKind } from './events';
import { EVENT_KINDS } from './events';
import { allowedKinds, applyEvent, deriveState, OPEN_STATUSES, type RequestState } from './lifecycle';

const VILLAGE = 'JX/NH/T10/V003';
const TOWN = 'JX/NH/T10';
const COUNTY = 'JX/NH';
const request = { orgPath: VILLAGE, receivedAt: '2026-11-02T01:00:00.000Z' };

let tick = 0;
function ev<K extends RequestEventKind>(kind: K, data: RequestEventData[K], stationPath = VILLAGE, role?: LifecycleEvent['role']): LifecycleEvent {
  tick += 1;
  const at = new Date(Date.parse(request.receivedAt) + tick * 60_000).toISOString();
  return { kind, data, at, hlc: `${String(Date.parse(at)).padStart(15, '0')}-0000-n`, stationPath, role } as LifecycleEvent;
}
const dispatch = (station = VILLAGE) => ev('dispatch', { assigneeKind: 'volunteer', assigneeId: 'v1', assigneeName: '李建国' }, station);

function run(events: LifecycleEvent[]) {
  return deriveState(request, events);
}

describe('request life cycle', () => {
  it('follows intake → … → not satisfied → redo → satisfied → archive', () => {
    const events = [
      ev('intake', {}), dispatch(), ev('accept', {}), ev('start', {}),
      ev('complete', { result: '已疏通', hours: [{ volunteerId: 'v1', hours: 1.5 }] }),
      ev('callback', { satisfaction: 'dissatisfied', note: '又堵了' }),
    ];
    expect(run(events).state).toMatchObject({ status: 'redo', redos: 1, assignee: undefined });
    events.push(dispatch(), ev('accept', {}), ev('complete', { result: '更换管道', hours: [{ volunteerId: 'v1', hours: 2 }] }), ev('callback', { satisfaction: 'satisfied', note: '' }), ev('archive', {}));
    const { state, rejected } = run(events);
    expect(rejected).toEqual([]);
    expect(state).toMatchObject({ status: 'archived', satisfaction: 'satisfied', hours: [{ volunteerId: 'v1', hours: 2 }] });
  });

  it('rejects invalid steps with a reason and keeps the state', () => {
    const intake = applyEvent(null, ev('intake', {}), request);
    if (!intake.ok) throw new Error('intake refused');
    const s = intake.state;
    expect(applyEvent(s, ev('accept', {}), request)).toMatchObject({ ok: false, reason: 'wrongStatus' });
    expect(applyEvent(s, ev('return', { reason: ' ' }), request)).toMatchObject({ ok: false, reason: 'invalidData' });
    expect(applyEvent(s, dispatch('JX/HN/T01'), request)).toMatchObject({ ok: false, reason: 'notAuthorised' });
    expect(applyEvent(s, ev('escalate', { toPath: 'JX/HN', reason: '跨区' }), request)).toMatchObject({ ok: false, reason: 'badTarget' });
    expect(applyEvent(null, dispatch(), request)).toMatchObject({ ok: false, reason: 'noIntake' });
    expect(applyEvent(s, ev('complete', { result: 'x', hours: [{ volunteerId: 'v1', hours: 30 }] }), request)).toMatchObject({ ok: false });
  });

  it('escalates a village request to its town, which dispatches a town team; the village sees the outcome', () => {
    const { state } = run([
      ev('intake', {}),
      ev('escalate', { toPath: TOWN, reason: '需镇级法律服务队' }),
      ev('dispatch', { assigneeKind: 'team', assigneeId: 't1', assigneeName: '大桥镇法律服务队' }, TOWN),
      ev('accept', {}, TOWN),
      ev('complete', { result: '已答复', hours: [] }, TOWN),
      ev('callback', { satisfaction: 'satisfied', note: '' }, VILLAGE),
    ]);
    expect(state).toMatchObject({ status: 'callbackDone', holderPath: TOWN, assignee: { kind: 'team', id: 't1' } });
  });

  it('lets the city take a hotline call for a village and send it down level by level, never below the village', () => {
    const city = 'JX';
    const { state, rejected } = run([
      ev('intake', {}, city),
      ev('sendDown', { toPath: COUNTY, reason: '属地处理' }, city),
      ev('sendDown', { toPath: TOWN, reason: '属地处理' }, COUNTY),
      ev('sendDown', { toPath: VILLAGE, reason: '属地处理' }, TOWN),
      dispatch(),
    ]);
    expect(rejected).toEqual([]);
    expect(state).toMatchObject({ status: 'dispatched', originPath: VILLAGE, holderPath: VILLAGE });
    const taken = deriveState(request, [ev('intake', {}, city)]).state!;
    expect(taken).toMatchObject({ status: 'intake', holderPath: city, originPath: VILLAGE });
    expect(allowedKinds(taken, city, 'clerk')).toContain('sendDown');
  });

  it('refuses to send a request below the unit it belongs to (that station would never receive it)', () => {
    const townRequest = { orgPath: TOWN, receivedAt: request.receivedAt };
    const intake = applyEvent(null, ev('intake', {}, TOWN), townRequest);
    if (!intake.ok) throw new Error('intake refused');
    expect(applyEvent(intake.state, ev('sendDown', { toPath: VILLAGE, reason: '村里办' }, TOWN), townRequest)).toMatchObject({ ok: false, reason: 'badTarget' });
    // A station below the owner taking it keeps it at the owner: it cannot hold what it does not own.
    expect(applyEvent(null, ev('intake', {}, VILLAGE), townRequest)).toMatchObject({ ok: true, state: { holderPath: TOWN } });
  });

  it('pauses the clock while waiting on the resident and lets only a higher level approve extensions', () => {
    const base = [ev('intake', {}), dispatch(), ev('accept', {}), ev('pause', { reason: '居民外出' }), ev('resume', {}), ev('requestExtension', { until: '2026-11-20T00:00:00.000Z', reason: '等配件' })];
    const byVillage = run([...base, ev('decideExtension', { approved: true, note: '' }, VILLAGE)]);
    expect(byVillage.rejected.map((r) => r.reason)).toEqual(['notAuthorised']);
    const { state } = run([...base, ev('decideExtension', { approved: true, note: '同意' }, TOWN, 'supervisor')]);
    expect(state?.pauses).toHaveLength(1);
    expect(state?.pauses[0]?.to).toBeDefined();
    expect(state).toMatchObject({ extendedUntil: '2026-11-20T00:00:00.000Z', extensions: 1, extensionPending: undefined });
  });

  it('offers only the actions the machine would accept', () => {
    const { state } = run([ev('intake', {}), dispatch()]);
    expect(allowedKinds(state!, VILLAGE, 'clerk').sort()).toEqual(['accept', 'remind', 'requestExtension', 'return']);
    expect(allowedKinds(state!, 'JX/HN/T01', 'clerk')).toEqual([]);
    expect(allowedKinds(state!, COUNTY, 'supervisor')).toContain('supervise');
  });
});

// ---- property: random sequences from random stations always derive a valid, order-independent state
const STATIONS = [VILLAGE, 'JX/NH/T10/V004', TOWN, COUNTY, 'JX', 'JX/HY/T02'];
const VALID: readonly RequestStatus[] = [...OPEN_STATUSES, 'completed', 'callbackDone', 'archived'];

const dataFor: { [K in RequestEventKind]: fc.Arbitrary<RequestEventData[K]> } = {
  intake: fc.constant({}),
  dispatch: fc.record({ assigneeKind: fc.constantFrom('volunteer', 'team', 'enterprise', 'provider'), assigneeId: fc.constantFrom('a', 'b'), assigneeName: fc.constant('某') }),
  escalate: fc.record({ toPath: fc.constantFrom(...STATIONS), reason: fc.constant('原因') }),
  sendDown: fc.record({ toPath: fc.constantFrom(...STATIONS), reason: fc.constant('原因') }),
  accept: fc.constant({}),
  return: fc.record({ reason: fc.constantFrom('不在服务范围', '') }),
  start: fc.constant({}),
  pause: fc.record({ reason: fc.constant('等待居民') }),
  resume: fc.constant({}),
  complete: fc.record({ result: fc.constant('完成'), hours: fc.array(fc.record({ volunteerId: fc.constant('a'), hours: fc.double({ min: -1, max: 30, noNaN: true }) }), { maxLength: 2 }) }),
  callback: fc.record({ satisfaction: fc.constantFrom('satisfied', 'basicallySatisfied', 'dissatisfied'), note: fc.constant('') }),
  archive: fc.constant({}),
  supervise: fc.record({ card: fc.constantFrom('normal', 'yellow', 'red'), note: fc.constant('') }),
  remind: fc.record({ note: fc.constant('') }),
  requestExtension: fc.record({ until: fc.constant('2026-12-01T00:00:00.000Z'), reason: fc.constant('等配件') }),
  decideExtension: fc.record({ approved: fc.boolean(), note: fc.constant('') }),
};
const eventArb = fc
  .tuple(fc.constantFrom(...EVENT_KINDS), fc.constantFrom(...STATIONS), fc.integer({ min: 0, max: 1e6 }), fc.constantFrom(undefined, 'clerk', 'supervisor', 'stationAdmin'))
  .chain(([kind, stationPath, t, role]) =>
    (dataFor[kind] as fc.Arbitrary<unknown>).map((data) => {
      const at = new Date(Date.parse(request.receivedAt) + t * 1000).toISOString();
      return { kind, data, at, hlc: `${String(Date.parse(at)).padStart(15, '0')}-0000-${stationPath}`, stationPath, role } as LifecycleEvent;
    }),
  );

function checkInvariants(s: RequestState) {
  expect(VALID).toContain(s.status);
  // The holder is always the owner or above it: the request is in the holder's subtree, so its station has it.
  expect(isWithin(s.originPath, s.holderPath)).toBe(true);
  if (['dispatched', 'accepted', 'inProgress', 'completed'].includes(s.status)) expect(s.assignee).toBeDefined();
  if (['intake', 'escalated', 'returned', 'redo'].includes(s.status)) expect(s.assignee).toBeUndefined();
  const open = s.pauses.filter((p) => p.to === undefined);
  expect(open.length).toBeLessThanOrEqual(1);
  if (open.length) expect(['accepted', 'inProgress']).toContain(s.status);
  for (const h of s.hours) expect(h.hours > 0 && h.hours <= 24).toBe(true);
  expect(Math.min(s.returns, s.redos, s.extensions, s.reminders)).toBeGreaterThanOrEqual(0);
}

describe('request life cycle (property)', () => {
  it('derives a valid status from any event sequence, whatever order the events arrive in', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), fc.boolean(), (events, withIntake) => {
        const all = withIntake ? [{ kind: 'intake', data: {}, at: request.receivedAt, hlc: '000000000000000-0000-a', stationPath: VILLAGE } as LifecycleEvent, ...events] : events;
        const { state, rejected } = deriveState(request, all);
        const reversed = deriveState(request, [...all].reverse());
        expect(reversed.state).toEqual(state);
        expect(rejected.length).toBeLessThanOrEqual(all.length);
        if (state) checkInvariants(state);
        // No state means no intake came from a station entitled to take this request.
        else expect(all.some((e) => e.kind === 'intake' && (isWithin(e.stationPath, VILLAGE) || isWithin(VILLAGE, e.stationPath)))).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});

describe('request life cycle (walk through offered actions)', () => {
  it('every offered action with valid data is accepted, and the walk reaches deep states', () => {
    const reached = new Set<RequestStatus>();
    fc.assert(
      fc.property(fc.gen(), (g) => {
        let state: RequestState | null = null;
        const first = applyEvent(null, { kind: 'intake', data: {}, at: request.receivedAt, hlc: '0', stationPath: VILLAGE } as LifecycleEvent, request);
        if (!first.ok) throw new Error('intake refused');
        state = first.state;
        for (let step = 0; step < 30; step++) {
          const stationPath = g(fc.constantFrom, ...STATIONS);
          const role = g(fc.constantFrom, 'clerk' as const, 'supervisor' as const);
          const offered = allowedKinds(state, stationPath, role);
          if (offered.length === 0) continue;
          const kind: RequestEventKind = g(fc.constantFrom, ...offered);
          const data = g(() => dataFor[kind] as fc.Arbitrary<unknown>);
          const event = { kind, data, at: new Date(Date.parse(request.receivedAt) + step * 60_000).toISOString(), hlc: String(step), stationPath, role } as LifecycleEvent;
          const result = applyEvent(state, event, request);
          // Offered actions may still be refused for their data (an empty reason, a bad target), never for status.
          if (!result.ok) expect(['invalidData', 'badTarget', 'notAuthorised']).toContain(result.reason);
          else state = result.state;
          checkInvariants(state);
          reached.add(state.status);
        }
      }),
      { numRuns: 300 },
    );
    expect([...reached]).toEqual(expect.arrayContaining(['dispatched', 'accepted', 'inProgress', 'completed', 'callbackDone', 'archived', 'redo', 'escalated', 'returned']));
  });
});
