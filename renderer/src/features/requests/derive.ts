/**
 * What the request record keeps of its derived state, so lists, the desk and the supervisor view
 * read it through indexes instead of folding events. The events stay the truth; these fields are
 * rewritten from the state machine after every step.
 */
import type { HelpRequest, RequestEvent, Urgency } from '../../../../shared/domain/entities';
import type { LifecycleEvent } from '../../../../shared/requests/events';
import type { RequestState } from '../../../../shared/requests/lifecycle';
import { catalogueItem, workCalendar } from '../../catalogue/live';
import { dueAt } from '../../../../shared/requests/time-limit';
import type { RecordChanges } from '../../db';

const CST_MS = 8 * 3_600_000;

/** `JX20261128-`: the number prefix of requests taken on that China-time day. */
export function requestNumberPrefix(at: number): string {
  return `JX${new Date(at + CST_MS).toISOString().slice(0, 10).replaceAll('-', '')}-`;
}

export function toLifecycleEvent(e: RequestEvent): LifecycleEvent {
  return { kind: e.kind, data: e.data, at: e.at, hlc: e.hlc, stationPath: e.stationPath, role: e.role } as LifecycleEvent;
}

export function isPaused(state: RequestState): boolean {
  return state.pauses.length > 0 && state.pauses.at(-1)?.to === undefined;
}

/** The due time of a state, or null while the clock is stopped (waiting on the resident). */
export function stateDueAt(state: RequestState, request: { itemCode: string; urgency: Urgency }, now: number): string | null {
  if (isPaused(state)) return null;
  const tier = catalogueItem(request.itemCode)?.timeLimitTier ?? 'threeDays';
  return dueAt({ receivedAt: state.receivedAt, tier, urgency: request.urgency, pauses: state.pauses, extendedUntil: state.extendedUntil }, now, workCalendar());
}

/**
 * A field that no longer applies is written as null: the data layer skips `undefined`, and a
 * null both travels as "cleared" and drops the record out of that field's index (a paused
 * request leaves the overdue index while its clock is stopped).
 */
const cleared = null as unknown as undefined;

export function derivedFields(
  state: RequestState, request: { itemCode: string; urgency: Urgency }, now: number, existing?: Partial<HelpRequest>,
): RecordChanges<'requests'> {
  const clear = <K extends keyof HelpRequest>(field: K) => (existing && existing[field] != null ? { [field]: cleared } : {});
  const due = stateDueAt(state, request, now);
  const assignee = state.assignee
    ? { assigneeKind: state.assignee.kind, assigneeId: state.assignee.id }
    : state.status === 'escalated'
      ? { assigneeKind: 'orgUnit' as const, assigneeId: state.holderPath }
      : { ...clear('assigneeKind'), ...clear('assigneeId') };
  return {
    status: state.status,
    holderPath: state.holderPath,
    ...assignee,
    ...(due ? { dueAt: due } : clear('dueAt')),
    supervision: state.supervision,
    // Counts are left off while zero: the supervisor view's indexes then hold only the few that matter.
    ...(state.returns > 0 ? { returns: state.returns } : {}),
    ...(state.extensions > 0 ? { extensions: state.extensions } : {}),
    ...(state.redos > 0 ? { redos: state.redos } : {}),
    ...(state.satisfaction ? { satisfaction: state.satisfaction } : {}),
    ...(state.completedAt ? { closedAt: state.completedAt } : clear('closedAt')),
  };
}
