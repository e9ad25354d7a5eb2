/**
 * How far along a demo request is, by its age: old ones are mostly archived or called back,
 * recent ones still open. Weighted tables keep the mix readable and easy to tune.
 */
import type { RequestStatus } from '../domain/entities';
import type { Rng } from './rng';

type Mix = readonly (readonly [RequestStatus, number])[];

const OLDER_THAN_30_DAYS: Mix = [['archived', 0.8], ['callbackDone', 0.15], ['completed', 0.05]];
const OLDER_THAN_7_DAYS: Mix = [
  ['archived', 0.35], ['callbackDone', 0.3], ['completed', 0.2], ['inProgress', 0.08], ['accepted', 0.03], ['escalated', 0.02], ['returned', 0.02],
];
const OLDER_THAN_1_DAY: Mix = [
  ['completed', 0.3], ['callbackDone', 0.15], ['inProgress', 0.25], ['accepted', 0.12], ['dispatched', 0.1], ['returned', 0.04], ['escalated', 0.04],
];
const TODAY: Mix = [
  ['intake', 0.3], ['dispatched', 0.25], ['accepted', 0.2], ['inProgress', 0.15], ['completed', 0.05], ['returned', 0.03], ['escalated', 0.02],
];

export const CLOSED_STATUSES: ReadonlySet<RequestStatus> = new Set(['completed', 'callbackDone', 'archived']);
export const CALLED_BACK: ReadonlySet<RequestStatus> = new Set(['callbackDone', 'archived']);

export function statusForAge(rng: Rng, ageDays: number): RequestStatus {
  const mix = ageDays > 30 ? OLDER_THAN_30_DAYS : ageDays > 7 ? OLDER_THAN_7_DAYS : ageDays > 1 ? OLDER_THAN_1_DAY : TODAY;
  let roll = rng.next();
  for (const [status, weight] of mix) {
    roll -= weight;
    if (roll < 0) return status;
  }
  return (mix[0] as readonly [RequestStatus, number])[0];
}
