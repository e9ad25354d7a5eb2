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
import { CLEARED, derivedRequestFields } from '../../../../shared/requests/derived-fields';
import type { RecordChanges } from '../../db';


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

/** The request's derived fields (shared/requests/derived-fields.ts) and its due time, as the data layer writes them. */
export function derivedFields(
  state: RequestState, request: { itemCode: string; urgency: Urgency }, now: number, existing?: Partial<HelpRequest>,
): RecordChanges<'requests'> {
  const due = stateDueAt(state, request, now);
  const fields = derivedRequestFields(state, existing as Record<string, unknown> | undefined);
  if (due) fields.dueAt = due;
  // Paused: the request leaves the overdue index while its clock is stopped.
  else if (existing?.dueAt != null) fields.dueAt = CLEARED;
  return fields as RecordChanges<'requests'>;
}
