/**
 * The annual "excellent volunteer" (优秀志愿者) candidate list: the volunteers whose year meets
 * the city's criteria, by points. The criteria are shown with the list; a candidate is a
 * proposal for the selection meeting, not a decision.
 */
import type { EffectiveRule } from './rule';
import { toCenti, type PeriodFigures } from './score';

export type Criteria = EffectiveRule['excellent'];

/** The criteria a year's figures fail (empty: a candidate). */
export function unmetCriteria(f: PeriodFigures, c: Criteria): ('minHours' | 'minRecords' | 'maxDissatisfied')[] {
  const out: ('minHours' | 'minRecords' | 'maxDissatisfied')[] = [];
  if (f.centiHours < toCenti(c.minHours)) out.push('minHours');
  if (f.records < c.minRecords) out.push('minRecords');
  if (f.dissatisfied > c.maxDissatisfied) out.push('maxDissatisfied');
  return out;
}
