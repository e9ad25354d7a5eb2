/**
 * What a request record keeps of the state its events derive (status, holder, assignee, counts,
 * satisfaction, completion time), so lists and indexes read it without folding events. One
 * definition for the station's data layer and the centre's push check; the events stay the truth.
 * `dueAt` is not here: it depends on the catalogue tier, the calendar and the hour, so stations
 * add it (renderer/src/features/requests/derive.ts).
 */
import type { RequestState } from './lifecycle';

/**
 * A field that no longer applies is written as null: undefined would simply be absent, while a
 * null travels as "cleared" and drops the record out of that field's index.
 */
export const CLEARED = null;

export function derivedRequestFields(state: RequestState, existing: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  const had = (f: string) => existing[f] !== undefined && existing[f] !== null;
  const out: Record<string, unknown> = { status: state.status, holderPath: state.holderPath, supervision: state.supervision };
  if (state.assignee) Object.assign(out, { assigneeKind: state.assignee.kind, assigneeId: state.assignee.id });
  else if (state.status === 'escalated') Object.assign(out, { assigneeKind: 'orgUnit', assigneeId: state.holderPath });
  else for (const f of ['assigneeKind', 'assigneeId']) if (had(f)) out[f] = CLEARED;
  // Counts are left off while zero: the supervisor view's indexes then hold only the few that matter.
  if (state.returns > 0) out.returns = state.returns;
  if (state.extensions > 0) out.extensions = state.extensions;
  if (state.redos > 0) out.redos = state.redos;
  if (state.satisfaction) out.satisfaction = state.satisfaction;
  if (state.completedAt) out.closedAt = state.completedAt;
  else if (had('closedAt')) out.closedAt = CLEARED;
  return out;
}
