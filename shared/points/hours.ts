/**
 * How many hours a service may claim. Travel is excluded, so an activity's attendee cannot
 * claim more than the activity lasted. A request's completion is one house call: more than
 * REQUEST_HOURS_CAP hours for one volunteer is refused — a job that long is organised as an
 * activity, whose start and end then bound the hours (the request's own schema stops at 24).
 */
import type { IsoTime } from '../domain/entities';
import { toCenti } from './score';

export const REQUEST_HOURS_CAP = 12;

export interface HoursProblem {
  volunteerId: string;
  hours: number;
  /** The most that may be claimed. */
  max: number;
  code: 'notPositive' | 'overActivity' | 'overRequestCap';
}

/** Whole hundredths of an hour between two moments (0 when end is not after start). */
export function activityLength(startAt: IsoTime, endAt: IsoTime): number {
  const ms = Date.parse(endAt) - Date.parse(startAt);
  return Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 36_000) : 0;
}

export function checkActivityHours(startAt: IsoTime, endAt: IsoTime, hours: readonly { volunteerId: string; hours: number }[]): HoursProblem[] {
  const max = activityLength(startAt, endAt);
  return hours.flatMap((h): HoursProblem[] => {
    if (!(h.hours > 0)) return [{ volunteerId: h.volunteerId, hours: h.hours, max: max / 100, code: 'notPositive' }];
    return toCenti(h.hours) > max ? [{ volunteerId: h.volunteerId, hours: h.hours, max: max / 100, code: 'overActivity' }] : [];
  });
}

export function checkRequestHours(hours: readonly { volunteerId: string; hours: number }[]): HoursProblem[] {
  return hours.flatMap((h): HoursProblem[] => {
    if (!(h.hours > 0)) return [{ volunteerId: h.volunteerId, hours: h.hours, max: REQUEST_HOURS_CAP, code: 'notPositive' }];
    return h.hours > REQUEST_HOURS_CAP ? [{ volunteerId: h.volunteerId, hours: h.hours, max: REQUEST_HOURS_CAP, code: 'overRequestCap' }] : [];
  });
}
