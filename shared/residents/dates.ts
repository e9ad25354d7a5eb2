/**
 * Calendar dates of the visit plan, in China time. Visits are planned by the day, not the hour:
 * a monthly visit is "by the same date next month", and "this week" is Monday to Sunday.
 * Dates are `YYYY-MM-DD` strings, so they compare, index and sort as plain text.
 */
import type { IsoDate } from '../domain/entities';

const CST_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The China-time calendar date of an instant. */
export function chinaDate(ms: number): IsoDate {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}

/** A real calendar date in `YYYY-MM-DD` form (not 2026-02-30). */
export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Same day `months` later; a day the month lacks becomes its last day (31 Jan + 1 month → 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Monday and Sunday of the week `date` falls in. */
export function weekOf(date: IsoDate): { start: IsoDate; end: IsoDate } {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 Sunday
  const start = addDays(date, weekday === 0 ? -6 : 1 - weekday);
  return { start, end: addDays(start, 6) };
}
