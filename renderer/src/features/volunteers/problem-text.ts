import type { TFunction } from 'i18next';
import type { RowProblem } from '../../../../shared/registry/roster-check';
import { rosterColumn } from '../../../../shared/registry/roster-columns';

/**
 * A problem code in the operator's language: the registry's own wording where it has one
 * (registry.problem.*), else the shared field messages (errors.*) the volunteer form uses too.
 */
export function problemText(t: TFunction, code: string, params: Record<string, unknown> = {}): string {
  const own = `registry.problem.${code}`;
  return t(own, { ...params, defaultValue: '' }) || t(`errors.${code}`, params);
}

export function rowProblemText(t: TFunction, p: RowProblem): string {
  return problemText(t, p.code, { ...p.params, field: rosterColumn(p.field).header });
}
