/**
 * 办理时限 time limits of a help request, counted in the work calendar (DOMAIN.md: "time limits
 * that follow working hours and holidays, and clocks that pause while waiting on the caller").
 *
 * Tiers: `sameDay` ends with the working day the request arrives in (the next working day when
 * it arrives after hours or on a day off); `threeDays` and `thirteenDays` end with the 3rd / 13th
 * working day after the day it arrives; `sevenDays` is 7 calendar days. An emergency is always
 * `sameDay`. Time spent waiting on the resident is added back — working time for working-day
 * tiers, wall time for calendar tiers — and an approved extension replaces the due time.
 */
import type { TimeLimitTier, Urgency } from '../domain/entities';
import { DAY_MS, DEFAULT_CALENDAR, indexCalendar, localDate, nextDate, workingIntervals, type CalendarIndex, type WorkCalendar } from './work-calendar';

export { DEFAULT_CALENDAR, type WorkCalendar } from './work-calendar';

/** A calendar with no working day at all would loop forever; ten years is far beyond any limit. */
const MAX_DAYS = 3660;

export function effectiveTier(tier: TimeLimitTier, urgency: Urgency): TimeLimitTier {
  return urgency === 'emergency' ? 'sameDay' : tier;
}

function lastEnd(intervals: [number, number][]): number | undefined {
  return intervals.at(-1)?.[1];
}

/** End of the working day `ms` falls in, or of the next working day if that one is over or off. */
export function endOfWorkingDay(ms: number, cal: CalendarIndex): number {
  let date = localDate(ms, cal);
  for (let i = 0; i < MAX_DAYS; i++, date = nextDate(date)) {
    const end = lastEnd(workingIntervals(date, cal));
    if (end !== undefined && ms < end) return end;
  }
  throw new RangeError('The work calendar has no working day');
}

/** End of the `n`th working day after the local date of `ms`. */
export function endOfWorkingDaysAfter(ms: number, n: number, cal: CalendarIndex): number {
  let date = localDate(ms, cal);
  let counted = 0;
  for (let i = 0; i < MAX_DAYS; i++) {
    date = nextDate(date);
    const end = lastEnd(workingIntervals(date, cal));
    if (end !== undefined && ++counted === n) return end;
  }
  throw new RangeError('The work calendar has no working day');
}

/** Working time between two instants, ms. */
export function workingMsBetween(from: number, to: number, cal: CalendarIndex): number {
  if (to <= from) return 0;
  let total = 0;
  let date = localDate(from, cal);
  const last = localDate(to, cal);
  for (let i = 0; i < MAX_DAYS + (to - from) / DAY_MS; i++, date = nextDate(date)) {
    for (const [s, e] of workingIntervals(date, cal)) total += Math.max(0, Math.min(e, to) - Math.max(s, from));
    if (date === last) break;
  }
  return total;
}

/** The instant `amount` ms of working time after `ms`; a deadline that falls on a period's end stays there. */
export function addWorkingMs(ms: number, amount: number, cal: CalendarIndex): number {
  if (amount <= 0) return ms;
  let left = amount;
  let date = localDate(ms, cal);
  for (let i = 0; i < MAX_DAYS + amount / 3_600_000; i++, date = nextDate(date)) {
    for (const [s, e] of workingIntervals(date, cal)) {
      const start = Math.max(s, ms);
      if (start >= e) continue;
      if (left <= e - start) return start + left;
      left -= e - start;
    }
  }
  throw new RangeError('The work calendar has no working day');
}

export interface TimeLimitInput {
  receivedAt: string;
  tier: TimeLimitTier;
  urgency: Urgency;
  /** Intervals waiting on the resident; an open one runs until `now`. */
  pauses?: readonly { from: string; to?: string }[];
  /** An approved extension: the new due time, whatever the tier said. */
  extendedUntil?: string;
}

/** When the request must be done (ISO). `now` closes an open pause. */
export function dueAt(input: TimeLimitInput, now: number, calendar: WorkCalendar = DEFAULT_CALENDAR): string {
  if (input.extendedUntil) return new Date(Date.parse(input.extendedUntil)).toISOString();
  const cal = indexCalendar(calendar);
  const received = Date.parse(input.receivedAt);
  const tier = effectiveTier(input.tier, input.urgency);
  const pauses = (input.pauses ?? []).map((p) => [Date.parse(p.from), p.to ? Date.parse(p.to) : Math.max(now, Date.parse(p.from))] as const);
  if (tier === 'sevenDays') {
    const paused = pauses.reduce((sum, [from, to]) => sum + Math.max(0, to - from), 0);
    return new Date(received + 7 * DAY_MS + paused).toISOString();
  }
  const base = tier === 'sameDay' ? endOfWorkingDay(received, cal) : endOfWorkingDaysAfter(received, tier === 'threeDays' ? 3 : 13, cal);
  const paused = pauses.reduce((sum, [from, to]) => sum + workingMsBetween(from, to, cal), 0);
  return new Date(addWorkingMs(base, paused, cal)).toISOString();
}

export type TimeStatus = 'ok' | 'dueSoon' | 'overdue';

/** Whether a due time is comfortably ahead, close, or past. */
export function timeStatus(due: string | number, now: number, options: { dueSoonHours?: number } = {}): TimeStatus {
  const at = typeof due === 'number' ? due : Date.parse(due);
  if (now > at) return 'overdue';
  return at - now <= (options.dueSoonHours ?? 4) * 3_600_000 ? 'dueSoon' : 'ok';
}
