/**
 * Taking a request and recording its steps on ONE station's database, the way
 * features/requests/commands.ts does it for the app's single database: validate with the
 * shared state machine, then write the request's derived fields and the event in one
 * data-layer transaction. (commands.ts is bound to the window's database; the convergence
 * test needs several stations in one process.)
 */
import type { HelpRequest, OperatorRole, RequestEvent } from '../../shared/domain/entities';
import type { OrgPath } from '../../shared/org/org-path';
import type { LifecycleEvent, RequestEventData, RequestEventKind } from '../../shared/requests/events';
import { applyEvent, deriveState, type RequestState } from '../../shared/requests/lifecycle';
import type { DataLayer } from '../../renderer/src/db/data-layer';
import type { Stored } from '../../renderer/src/db/schema';
import { clockFor, readDevice } from '../../renderer/src/db/device';
import { derivedFields, toLifecycleEvent } from '../../renderer/src/features/requests/derive';
import { nextRequestNumber } from '../../renderer/src/features/requests/numbering';
import { SERVICE_RECORD_TABLES, writeCompletionRecords } from '../../renderer/src/features/points/service-records';
import type { Writer } from '../../renderer/src/db/writer';

export interface Desk {
  data: DataLayer;
  stationPath: OrgPath;
  operatorId: string;
  role?: OperatorRole;
}

async function eventHlc(desk: Desk): Promise<string> {
  return clockFor(await readDevice(desk.data.db.meta)).tick();
}

/** `orgPath`: the unit the request belongs to — the station's own by default, or a unit below it (a hotline call for a village). */
export async function takeRequest(desk: Desk, n: number, at = Date.now(), orgPath: OrgPath = desk.stationPath, numbered: 'test' | 'station' = 'test'): Promise<Stored<HelpRequest>> {
  const receivedAt = new Date(at).toISOString();
  return desk.data.transaction({ operatorId: desk.operatorId }, ['requests', 'requestEvents'], async (w) => {
    const hlc = await eventHlc(desk);
    // 'station': numbered as the app numbers an intake, by this PC's station and seat.
    const number = numbered === 'station' ? await nextRequestNumber(desk.data.db, desk.stationPath, at) : `T${n}`;
    const { state } = deriveState({ orgPath, receivedAt }, [{ kind: 'intake', data: {}, at: receivedAt, hlc, stationPath: desk.stationPath }]);
    const request = await w.create('requests', {
      orgPath, number, callerName: `来电人${n}`, callerPinyin: 'laidianren', callerInitials: 'ldr', callerMobile: '13800000000',
      address: '测试地址', itemCode: 'L01', categoryCode: 'life', type: 'help', source: 'hotline', urgency: 'normal', description: `求助${n}`,
      receivedAt, ...(derivedFields(state!, { itemCode: 'L01', urgency: 'normal' }, at) as Pick<HelpRequest, 'status'>),
    });
    await w.create('requestEvents', { orgPath, requestId: request.id, kind: 'intake', hlc, at: receivedAt, operatorId: desk.operatorId, stationPath: desk.stationPath, data: {} });
    return request;
  });
}

/** The request's state as this station sees it now. */
export async function requestState(desk: Desk, requestId: string): Promise<{ request: Stored<HelpRequest>; state: RequestState } | null> {
  const request = await desk.data.db.synced('requests').get(requestId);
  if (!request || request.deleted) return null;
  const events = await desk.data.db.synced('requestEvents').where('requestId').equals(requestId).toArray();
  const { state } = deriveState(request, events.filter((e) => !e.deleted).map(toLifecycleEvent));
  return state ? { request, state } : null;
}

/** Records a step if this station's view allows it; null when the state machine says no. */
export async function recordStep<K extends Exclude<RequestEventKind, 'intake'>>(
  desk: Desk, requestId: string, kind: K, data: RequestEventData[K], at = Date.now(),
): Promise<Stored<RequestEvent> | null> {
  return step(desk, requestId, kind, data, at);
}

/**
 * A completion with the hours it credits, as the app's complete command writes it: the event
 * and one service record per volunteer in one transaction.
 */
export async function completeWithHours(desk: Desk, requestId: string, data: RequestEventData['complete'], at = Date.now()): Promise<Stored<RequestEvent> | null> {
  return step(desk, requestId, 'complete', data, at, async (w, request, event) =>
    writeCompletionRecords(desk.data.db, w, { request, eventId: event.id, at: event.at, hours: data.hours, result: data.result, stationPath: desk.stationPath }));
}

async function step<K extends Exclude<RequestEventKind, 'intake'>>(
  desk: Desk, requestId: string, kind: K, data: RequestEventData[K], at: number,
  credit?: (w: Writer, request: Stored<HelpRequest>, event: Stored<RequestEvent>) => Promise<void>,
): Promise<Stored<RequestEvent> | null> {
  return desk.data.transaction({ operatorId: desk.operatorId }, ['requests', 'requestEvents', ...(credit ? SERVICE_RECORD_TABLES : [])], async (w) => {
    const current = await requestState(desk, requestId);
    if (!current) return null;
    const hlc = await eventHlc(desk);
    const event = { kind, data, at: new Date(at).toISOString(), hlc, stationPath: desk.stationPath, ...(desk.role ? { role: desk.role } : {}) } as LifecycleEvent;
    const result = applyEvent(current.state, event, current.request);
    if (!result.ok) return null;
    const stored = await w.create('requestEvents', {
      orgPath: current.request.orgPath, requestId, kind, hlc, at: event.at, operatorId: desk.operatorId,
      stationPath: desk.stationPath, data: data as Record<string, unknown>, ...(desk.role ? { role: desk.role } : {}),
    });
    await w.update('requests', requestId, derivedFields(result.state, current.request, at, current.request));
    await credit?.(w, current.request, stored);
    return stored;
  });
}
