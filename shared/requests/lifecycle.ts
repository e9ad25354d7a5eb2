/**
 * The one state machine of a help request. Every screen, the sync client and the centre call
 * it: `applyEvent` says whether an event may happen now (and why not), `deriveState` folds a
 * request's events — from any number of stations, in HLC order — into its current state, and
 * `allowedKinds` tells the UI which actions to offer.
 */
import { isWithin, type OrgPath } from '../org/org-path';
import type { RequestStatus } from '../domain/entities';
import { EVENT_KINDS, type AssigneeKind, type LifecycleEvent, type RequestEventKind, type Satisfaction, type SupervisionCard } from './events';
import { EVENT_DATA_SCHEMAS } from './event-schemas';

export interface RequestState {
  status: RequestStatus;
  /** The unit the request belongs to (its `orgPath`): the area it serves. */
  originPath: OrgPath;
  /** The org unit that must act now: the station that took it, a level it was escalated to, or one it was sent down to. */
  holderPath: OrgPath;
  receivedAt: string;
  assignee?: { kind: Exclude<AssigneeKind, 'orgUnit'>; id: string; name: string };
  /** Intervals spent waiting on the resident: the time limit does not run in them. */
  pauses: { from: string; to?: string }[];
  extendedUntil?: string;
  extensionPending?: { until: string; reason: string };
  returns: number;
  extensions: number;
  reminders: number;
  redos: number;
  supervision: SupervisionCard;
  satisfaction?: Satisfaction;
  completedAt?: string;
  closedAt?: string;
  hours: { volunteerId: string; hours: number }[];
}

export type RejectReason =
  | 'notFirst'
  | 'noIntake'
  | 'wrongStatus'
  | 'notAuthorised'
  | 'invalidData'
  | 'badTarget'
  | 'paused'
  | 'notPaused'
  | 'extensionPending'
  | 'noExtensionPending'
  | 'roleNotAllowed';
export type ApplyResult = { ok: true; state: RequestState } | { ok: false; reason: RejectReason; message: string };

/** Statuses in which the request is still being worked (time limits and reminders apply). */
export const OPEN_STATUSES: readonly RequestStatus[] = ['intake', 'escalated', 'dispatched', 'returned', 'redo', 'accepted', 'inProgress'];
const TO_DISPATCH: readonly RequestStatus[] = ['intake', 'escalated', 'returned', 'redo'];
const HANDLING: readonly RequestStatus[] = ['accepted', 'inProgress'];

/** From which statuses each kind may happen (intake only as the first event). */
const FROM: { [K in RequestEventKind]: readonly RequestStatus[] } = {
  intake: [],
  dispatch: TO_DISPATCH,
  escalate: TO_DISPATCH,
  sendDown: TO_DISPATCH,
  accept: ['dispatched'],
  return: ['dispatched', 'accepted'],
  start: ['accepted'],
  pause: HANDLING,
  resume: HANDLING,
  complete: HANDLING,
  callback: ['completed'],
  archive: ['callbackDone'],
  supervise: OPEN_STATUSES,
  remind: OPEN_STATUSES,
  requestExtension: ['dispatched', 'accepted', 'inProgress'],
  decideExtension: ['dispatched', 'accepted', 'inProgress'],
};

const reject = (reason: RejectReason, message: string): ApplyResult => ({ ok: false, reason, message });

/** A station may act on a request it holds, that lies below it, or that it took. */
function related(state: RequestState, station: OrgPath): boolean {
  return isWithin(state.holderPath, station) || isWithin(station, state.holderPath) || isWithin(state.originPath, station);
}
const strictlyAbove = (upper: OrgPath, lower: OrgPath) => upper !== lower && isWithin(lower, upper);

/**
 * The state right after intake. The request belongs to `orgPath` — the unit whose area it serves,
 * whose subtree (and ancestors) hold it after sync. The station that took it holds it first: a town
 * or the city taking a hotline call for a village's resident keeps it until it dispatches it or
 * sends it down toward the village; a station taking a request for its own area holds its own.
 */
export function initialState(request: { orgPath: OrgPath; receivedAt: string }, takenAt: OrgPath = request.orgPath): RequestState {
  const holderPath = isWithin(request.orgPath, takenAt) ? takenAt : request.orgPath;
  return {
    status: 'intake', originPath: request.orgPath, holderPath, receivedAt: request.receivedAt,
    pauses: [], returns: 0, extensions: 0, reminders: 0, redos: 0, supervision: 'normal', hours: [],
  };
}

/** Whether `event` may follow `state` (null: nothing has happened yet), and the state after it. */
export function applyEvent(state: RequestState | null, event: LifecycleEvent, request: { orgPath: OrgPath; receivedAt: string }): ApplyResult {
  const parsed = EVENT_DATA_SCHEMAS[event.kind].safeParse(event.data);
  if (!parsed.success) return reject('invalidData', `${event.kind}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'data'} ${i.message}`).join('; ')}`);
  if (state === null) {
    if (event.kind !== 'intake') return reject('noIntake', `${event.kind} before intake`);
    if (!isWithin(event.stationPath, request.orgPath) && !isWithin(request.orgPath, event.stationPath)) return reject('notAuthorised', 'intake outside the station');
    return { ok: true, state: initialState(request, event.stationPath) };
  }
  if (event.kind === 'intake') return reject('notFirst', 'intake happens once');
  if (!FROM[event.kind].includes(state.status)) return reject('wrongStatus', `${event.kind} is not possible while ${state.status}`);
  if (!related(state, event.stationPath)) return reject('notAuthorised', `${event.stationPath} may not act on a request held by ${state.holderPath}`);
  const paused = state.pauses.at(-1)?.to === undefined && state.pauses.length > 0;
  const s: RequestState = { ...state, pauses: state.pauses.map((p) => ({ ...p })) };
  switch (event.kind) {
    case 'dispatch':
      return ok({ ...s, status: 'dispatched', assignee: { kind: event.data.assigneeKind, id: event.data.assigneeId, name: event.data.assigneeName } });
    case 'escalate':
      if (!strictlyAbove(event.data.toPath, s.holderPath)) return reject('badTarget', 'escalate goes to a level above the holder');
      return ok({ ...s, status: 'escalated', holderPath: event.data.toPath, assignee: undefined });
    case 'sendDown':
      // Only along the path from the holder to the unit the request belongs to: every unit on it has
      // the request in its subtree, so the one it is sent to holds it after sync (a unit below the
      // owner would not: its station never receives the request).
      if (!strictlyAbove(s.holderPath, event.data.toPath) || !isWithin(s.originPath, event.data.toPath))
        return reject('badTarget', 'send down goes to a unit below the holder, on the way to the unit the request belongs to');
      return ok({ ...s, status: 'intake', holderPath: event.data.toPath, assignee: undefined });
    case 'accept':
      return ok({ ...s, status: 'accepted' });
    case 'return':
      return ok({ ...s, status: 'returned', assignee: undefined, returns: s.returns + 1, pauses: closePause(s.pauses, event.at) });
    case 'start':
      return ok({ ...s, status: 'inProgress' });
    case 'pause':
      if (paused) return reject('paused', 'already waiting on the resident');
      return ok({ ...s, pauses: [...s.pauses, { from: event.at }] });
    case 'resume':
      if (!paused) return reject('notPaused', 'not waiting on the resident');
      return ok({ ...s, pauses: closePause(s.pauses, event.at) });
    case 'complete':
      return ok({ ...s, status: 'completed', completedAt: event.at, hours: event.data.hours, pauses: closePause(s.pauses, event.at), extensionPending: undefined });
    case 'callback':
      return event.data.satisfaction === 'dissatisfied'
        ? ok({ ...s, status: 'redo', satisfaction: 'dissatisfied', redos: s.redos + 1, assignee: undefined, completedAt: undefined })
        : ok({ ...s, status: 'callbackDone', satisfaction: event.data.satisfaction, closedAt: event.at });
    case 'archive':
      return ok({ ...s, status: 'archived' });
    case 'supervise':
      if (event.role && event.role === 'clerk') return reject('roleNotAllowed', 'supervision is for supervisors and station admins');
      if (!isWithin(s.holderPath, event.stationPath)) return reject('notAuthorised', 'supervision comes from the holder or above');
      return ok({ ...s, supervision: event.data.card });
    case 'remind':
      return ok({ ...s, reminders: s.reminders + 1 });
    case 'requestExtension':
      if (s.extensionPending) return reject('extensionPending', 'an extension is already waiting for a decision');
      return ok({ ...s, extensionPending: { until: event.data.until, reason: event.data.reason } });
    case 'decideExtension':
      if (!s.extensionPending) return reject('noExtensionPending', 'no extension was requested');
      if (!strictlyAbove(event.stationPath, s.holderPath)) return reject('notAuthorised', 'an extension is approved by a level above the holder');
      return ok({
        ...s,
        extensionPending: undefined,
        ...(event.data.approved ? { extendedUntil: s.extensionPending.until, extensions: s.extensions + 1 } : {}),
      });
  }
}

function ok(state: RequestState): ApplyResult {
  return { ok: true, state };
}

function closePause(pauses: RequestState['pauses'], at: string): RequestState['pauses'] {
  const last = pauses.at(-1);
  return last && last.to === undefined ? [...pauses.slice(0, -1), { from: last.from, to: at }] : pauses;
}

/**
 * Total order of events from all stations: by HLC (unique per event in practice); identical
 * stamps fall back to kind and data so every replica still folds them the same way.
 */
export function compareEvents(a: LifecycleEvent, b: LifecycleEvent): number {
  const x = `${a.hlc}\u0000${a.kind}\u0000${JSON.stringify(a.data)}`;
  const y = `${b.hlc}\u0000${b.kind}\u0000${JSON.stringify(b.data)}`;
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface Derived {
  state: RequestState | null;
  /** Events that could not apply where they fell in the order: flagged for a human. */
  rejected: { event: LifecycleEvent; reason: RejectReason; message: string }[];
}

/** Folds events (any order, any station) into the request's state. Deterministic. */
export function deriveState(request: { orgPath: OrgPath; receivedAt: string }, events: readonly LifecycleEvent[]): Derived {
  let state: RequestState | null = null;
  const rejected: Derived['rejected'] = [];
  for (const event of [...events].sort(compareEvents)) {
    const result = applyEvent(state, event, request);
    if (result.ok) state = result.state;
    else rejected.push({ event, reason: result.reason, message: result.message });
  }
  return { state, rejected };
}

/** The kinds a station could record now (data still to be checked when it is filled in). */
export function allowedKinds(state: RequestState, stationPath: OrgPath, role?: LifecycleEvent['role']): RequestEventKind[] {
  if (!related(state, stationPath)) return [];
  const paused = state.pauses.length > 0 && state.pauses.at(-1)?.to === undefined;
  return EVENT_KINDS.filter((kind) => {
    if (!FROM[kind].includes(state.status)) return false;
    switch (kind) {
      case 'escalate': return state.holderPath.includes('/');
      case 'sendDown': return state.holderPath !== state.originPath;
      case 'pause': return !paused;
      case 'resume': return paused;
      case 'supervise': return role !== 'clerk' && isWithin(state.holderPath, stationPath);
      case 'requestExtension': return !state.extensionPending;
      case 'decideExtension': return !!state.extensionPending && strictlyAbove(stationPath, state.holderPath);
      default: return true;
    }
  });
}
