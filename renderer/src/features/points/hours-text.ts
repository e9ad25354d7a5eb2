import type { TFunction } from 'i18next';
import type { HoursRefused } from './errors';

/** The refusal of too many hours, in words: how many were asked and the most allowed. */
export function hoursRefusalText(e: HoursRefused, t: TFunction): string {
  return e.problems.map((p) => t(`points.hours.${p.code}`, { hours: p.hours, max: p.max })).join(';');
}
