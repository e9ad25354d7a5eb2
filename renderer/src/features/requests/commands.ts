/**
 * The two ways a help request changes on a station: taking it (受理) and recording a workflow
 * step. Both validate first, then write the request and its event in ONE data-layer transaction,
 * so the record, its event and their outbox mutations exist together or not at all.
 */
import type { HelpRequest, OperatorRole, RequestEvent } from '../../../../shared/domain/entities';
import type { OrgPath } from '../../../../shared/org/org-path';
import { checkRequestInput, type RequestInput, type RequestProblem } from '../../../../shared/requests/request-input';
import type { RequestEventData, RequestEventKind } from '../../../../shared/requests/events';
import { applyEvent, deriveState, type RejectReason } from '../../../../shared/requests/lifecycle';
import { searchKeys } from '../../../../shared/text/pinyin';
import { newId } from '../../../../shared/ids';
import { data, type Actor, type Stored } from '../../db';
import { clockFor, readDevice } from '../../db/device';
import { derivedFields, toLifecycleEvent } from './derive';
import { nextRequestNumber } from './numbering';
import { now as clockNow } from './now';
import { SERVICE_RECORD_TABLES, writeCallbackSatisfaction, writeCompletionRecords } from '../points/service-records';

/** The intake was refused; nothing was written. */
export class RequestRejected extends Error {
  constructor(readonly problems: RequestProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.code}`).join('; '));
    this.name = 'RequestRejected';
  }
}

/** The state machine refused the step; nothing was written. */
export class EventRejected extends Error {
  constructor(readonly reason: RejectReason | 'notFound', message: string) {
    super(message);
    this.name = 'EventRejected';
  }
}

/** Where and as whom the step is taken. */
export interface StationContext {
  stationPath: OrgPath;
  role?: OperatorRole;
  /** The moment of the step (ms); the requests clock by default. */
  at?: number;
}

/** The event's HLC from the device's own clock, so it orders with every other write of this PC. */
async function eventHlc(): Promise<string> {
  return clockFor(await readDevice(data.db.meta)).tick();
}

export async function takeRequest(actor: Actor, station: StationContext, input: Partial<RequestInput>): Promise<Stored<HelpRequest>> {
  const checked = checkRequestInput(input, station.stationPath);
  if (!checked.ok) throw new RequestRejected(checked.problems);
  const { orgPath = station.stationPath, ...value } = checked.value;
  const { item } = checked;
  const at = station.at ?? clockNow();
  const receivedAt = new Date(at).toISOString();
  const keys = searchKeys(value.callerName);
  return data.transaction(actor, ['requests', 'requestEvents'], async (w) => {
    const id = newId();
    const hlc = await eventHlc();
    const number = await nextRequestNumber(data.db, station.stationPath, at);
    const fresh = { orgPath, receivedAt };
    const intake = { kind: 'intake' as const, data: {}, at: receivedAt, hlc, stationPath: station.stationPath, role: station.role };
    const derived = deriveState(fresh, [intake]);
    if (!derived.state) throw new EventRejected(derived.rejected[0]?.reason ?? 'notAuthorised', derived.rejected[0]?.message ?? 'intake refused');
    const request = await w.create('requests', {
      id,
      orgPath,
      number,
      ...value,
      callerPinyin: keys.pinyin,
      callerInitials: keys.initials,
      categoryCode: item.categoryCode,
      receivedAt,
      ...(derivedFields(derived.state, { itemCode: item.code, urgency: value.urgency }, at) as Pick<HelpRequest, 'status'>),
    });
    await w.create('requestEvents', {
      orgPath, requestId: id, kind: 'intake', hlc, at: receivedAt,
      operatorId: actor.operatorId, stationPath: station.stationPath, data: {}, ...(station.role ? { role: station.role } : {}),
    });
    return request;
  });
}

/** The events of a request in the order the state machine folds them. */
export async function requestEvents(requestId: string): Promise<Stored<RequestEvent>[]> {
  const events = await data.db.synced('requestEvents').where('requestId').equals(requestId).toArray();
  return events.filter((e) => !e.deleted).sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
}

/** Records one workflow step if the state machine allows it now, and refreshes the request's derived fields. */
export async function recordEvent<K extends Exclude<RequestEventKind, 'intake'>>(
  actor: Actor, requestId: string, kind: K, eventData: RequestEventData[K], station: StationContext,
): Promise<{ request: Stored<HelpRequest>; event: Stored<RequestEvent> }> {
  const at = station.at ?? clockNow();
  // The service-record tables too: a completion credits hours and a callback rates them (below).
  return data.transaction(actor, ['requests', 'requestEvents', ...SERVICE_RECORD_TABLES], async (w) => {
    const request = await data.db.synced('requests').get(requestId);
    if (!request || request.deleted) throw new EventRejected('notFound', `request ${requestId} does not exist`);
    const events = await requestEvents(requestId);
    const item = { orgPath: request.orgPath, receivedAt: request.receivedAt };
    const { state } = deriveState(item, events.map(toLifecycleEvent));
    if (!state) throw new EventRejected('noIntake', 'the request has no intake');
    const hlc = await eventHlc();
    const event = { kind, data: eventData, at: new Date(at).toISOString(), hlc, stationPath: station.stationPath, role: station.role } as Parameters<typeof applyEvent>[1];
    const result = applyEvent(state, event, item);
    if (!result.ok) throw new EventRejected(result.reason, result.message);
    const stored = await w.create('requestEvents', {
      orgPath: request.orgPath, requestId, kind, hlc, at: event.at, operatorId: actor.operatorId,
      stationPath: station.stationPath, data: eventData as Record<string, unknown>, ...(station.role ? { role: station.role } : {}),
    });
    // Hours and points (features/points): one service record per volunteer of a completion, and
    // the callback's verdict on them, in this same transaction — too many hours refuse the step.
    if (kind === 'complete') {
      const done = eventData as RequestEventData['complete'];
      await writeCompletionRecords(data.db, w, { request, eventId: stored.id, at: event.at, hours: done.hours, result: done.result, stationPath: station.stationPath });
    }
    if (kind === 'callback') await writeCallbackSatisfaction(data.db, w, requestId, (eventData as RequestEventData['callback']).satisfaction);
    const updated = await w.update('requests', requestId, derivedFields(result.state, request, at, request));
    return { request: updated, event: stored };
  });
}
