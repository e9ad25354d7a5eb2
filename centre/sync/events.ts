/**
 * Request events (工单事件) on the centre: an event is append-only and must apply, through the
 * shared state machine, where its HLC places it among the events the centre already holds.
 * After events change, the request's derived fields are folded again from all of them, and
 * events that the merged order cannot apply become `flags` for a human.
 */
import { CLEARED, derivedRequestFields as sharedDerivedFields } from '../../shared/requests/derived-fields';
import type { HelpRequest, RequestEvent, RequestFlag } from '../../shared/domain/entities';
import { isValidHlc } from '../../shared/clock/hlc';
import { EVENT_KINDS, type LifecycleEvent } from '../../shared/requests/events';
import { deriveState, type RequestState } from '../../shared/requests/lifecycle';
import { isValidOrgPath, isWithin, type OrgPath } from '../../shared/org/org-path';
import type { Mutation } from '../../shared/sync/mutation';
import { clockAheadRefusal, clockLead, type Refusal } from './check-mutation';
import { MAX_CLOCK_AHEAD_MS } from '../../shared/sync/protocol';

export function toLifecycleEvent(e: Pick<RequestEvent, 'kind' | 'data' | 'at' | 'hlc' | 'stationPath' | 'role'>): LifecycleEvent {
  return { kind: e.kind, data: e.data, at: e.at, hlc: e.hlc, stationPath: e.stationPath, ...(e.role ? { role: e.role } : {}) } as LifecycleEvent;
}

function newEventProblem(f: Record<string, unknown>, m: Mutation, devicePath: OrgPath): string | null {
  if (typeof f.requestId !== 'string' || f.requestId === '') return 'requestId is missing';
  if (!(EVENT_KINDS as readonly unknown[]).includes(f.kind)) return `kind ${JSON.stringify(f.kind)} is not an event kind`;
  if (typeof f.hlc !== 'string' || !isValidHlc(f.hlc)) return 'the event hlc is malformed';
  if (typeof f.at !== 'string' || Number.isNaN(Date.parse(f.at))) return 'at must be an ISO-8601 time';
  if (typeof f.stationPath !== 'string' || !isValidOrgPath(f.stationPath)) return 'stationPath is not an org path';
  // The station that records an event is the one pushing it: it may not act as its town.
  if (!isWithin(f.stationPath, devicePath)) return `stationPath ${f.stationPath} is not this station (${devicePath})`;
  if (typeof f.data !== 'object' || f.data === null || Array.isArray(f.data)) return 'data must be an object';
  if (f.role !== undefined && !['clerk', 'stationAdmin', 'supervisor'].includes(f.role as string)) return 'role is not an operator role';
  if (m.fields.deleted === true) return 'an event cannot be deleted';
  return null;
}

export interface EventContext {
  request: HelpRequest | undefined;
  /** The request's events the centre holds (live ones). */
  events: RequestEvent[];
}

/**
 * Null when the event may be stored. An existing event may only be sent again unchanged (a
 * duplicate); a new one must belong to a known request with the same owner and must apply in
 * the merged order: otherwise it is refused with the state machine's reason.
 */
export function checkEvent(m: Mutation, stored: RequestEvent | undefined, ctx: EventContext, devicePath: OrgPath, now: number = Date.now()): Refusal | null {
  if (stored) {
    const changed = Object.entries(m.fields).some(([k, v]) => !['updatedAt', 'updatedBy'].includes(k) && JSON.stringify(v) !== JSON.stringify((stored as unknown as Record<string, unknown>)[k]));
    return changed ? { code: 'invalidEvent', message: `event ${m.recordId} exists already and events are never changed` } : null;
  }
  const problem = newEventProblem(m.fields, m, devicePath);
  if (problem) return { code: 'invalidShape', message: `event ${m.recordId}: ${problem}` };
  const f = m.fields as unknown as RequestEvent;
  // The event's own clock orders it among the request's events: one far ahead would sort after
  // every later event and the request would refuse them all, so it is held to the mutation's rule.
  const lead = clockLead(f.hlc, now);
  if (lead > MAX_CLOCK_AHEAD_MS) return clockAheadRefusal(lead);
  const { request } = ctx;
  if (!request || request.deleted) return { code: 'unknownRecord', message: `request ${f.requestId} is not known to the centre` };
  if (m.orgPath !== request.orgPath) return { code: 'invalidShape', message: `event ${m.recordId} must carry its request's org path ${request.orgPath}` };
  const incoming = toLifecycleEvent(f);
  const { rejected } = deriveState(request, [...ctx.events.map(toLifecycleEvent), incoming]);
  const own = rejected.find((r) => r.event === incoming);
  if (own) return { code: 'invalidEvent', message: `${f.kind} refused: ${own.message} (${own.reason})` };
  return null;
}

/** The request fields derived from its events (shared/requests), and the flags of refused events. */
export function derivedRequestFields(state: RequestState, existing: Record<string, unknown>, flags: RequestFlag[]): Record<string, unknown> {
  const out = sharedDerivedFields(state, existing);
  if (flags.length) out.flags = flags;
  else if (existing.flags !== undefined && existing.flags !== null) out.flags = CLEARED;
  return out;
}

/** The derived fields that differ from what the request holds now (empty: nothing to write). */
export function rederive(request: HelpRequest, events: readonly RequestEvent[]): Record<string, unknown> {
  const live = events.filter((e) => !e.deleted);
  const lifecycle = live.map(toLifecycleEvent);
  const { state, rejected } = deriveState(request, lifecycle);
  if (!state) return {};
  const flags: RequestFlag[] = rejected.map((r) => ({ eventId: live[lifecycle.indexOf(r.event)]?.id ?? '', kind: r.event.kind, reason: r.reason, message: r.message }));
  const current = request as unknown as Record<string, unknown>;
  const next = derivedRequestFields(state, current, flags);
  return Object.fromEntries(Object.entries(next).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(current[k] ?? null)));
}
