/**
 * 工作日历 the work calendar time limits are counted in: working periods of a day, the weekend,
 * public holidays and the make-up workdays (调休上班) that move a weekend day into the week.
 * The city centre edits it every year when the State Council publishes the holiday arrangement;
 * stations receive it with the catalogue.
 */
import type { IsoDate } from '../domain/entities';

export interface WorkCalendar {
  /** Offset of local time from UTC, minutes (China: +480, no daylight saving). */
  utcOffsetMinutes: number;
  /** Working periods of a working day, local `HH:MM`, in order, not overlapping. */
  periods: { start: string; end: string }[];
  /** Days of the week off (0 Sunday … 6 Saturday). */
  weekend: number[];
  /** Days off although on a weekday. */
  holidays: IsoDate[];
  /** Days worked although on a weekend. */
  workdays: IsoDate[];
}

const range = (from: string, days: number): IsoDate[] =>
  Array.from({ length: days }, (_, i) => new Date(Date.parse(`${from}T00:00:00Z`) + i * DAY_MS).toISOString().slice(0, 10));

export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/**
 * Jiaxing's default: 08:30–12:00 and 13:30–17:30, China time, Monday to Friday, with the 2026
 * national holiday arrangement (国办发明电〔2025〕 notice). Only the holiday days themselves and
 * their make-up workdays are listed; the centre replaces the lists for each new year.
 */
export const DEFAULT_CALENDAR: WorkCalendar = {
  utcOffsetMinutes: 480,
  periods: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:30' }],
  weekend: [0, 6],
  holidays: [
    ...range('2026-01-01', 3), // 元旦
    ...range('2026-02-15', 9), // 春节
    ...range('2026-04-04', 3), // 清明节
    ...range('2026-05-01', 5), // 劳动节
    ...range('2026-06-19', 3), // 端午节
    ...range('2026-09-25', 3), // 中秋节
    ...range('2026-10-01', 7), // 国庆节
  ],
  workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
};

/** A calendar with fast look-ups, built once per calendar object. */
export interface CalendarIndex {
  offsetMs: number;
  /** Minutes after local midnight: [start, end) of each period. */
  periods: [number, number][];
  isWorkingDay(date: IsoDate): boolean;
}

const indexes = new WeakMap<WorkCalendar, CalendarIndex>();

export function indexCalendar(cal: WorkCalendar): CalendarIndex {
  const known = indexes.get(cal);
  if (known) return known;
  const minutes = (hhmm: string) => {
    const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
    if (!m) throw new RangeError(`Bad time of day ${hhmm}`);
    return Number(m[1]) * 60 + Number(m[2]);
  };
  const periods = cal.periods.map((p): [number, number] => [minutes(p.start), minutes(p.end)]);
  if (periods.length === 0 || periods.some(([s, e], i) => e <= s || (i > 0 && s < periods[i - 1]![1])))
    throw new RangeError('Working periods must be non-empty, ordered and not overlapping');
  const holidays = new Set(cal.holidays);
  const workdays = new Set(cal.workdays);
  const weekend = new Set(cal.weekend);
  const index: CalendarIndex = {
    offsetMs: cal.utcOffsetMinutes * MINUTE_MS,
    periods,
    isWorkingDay: (date) => {
      if (workdays.has(date)) return true;
      if (holidays.has(date)) return false;
      return !weekend.has(new Date(`${date}T00:00:00Z`).getUTCDay());
    },
  };
  indexes.set(cal, index);
  return index;
}

/** The local date of an instant. */
export function localDate(ms: number, cal: CalendarIndex): IsoDate {
  return new Date(ms + cal.offsetMs).toISOString().slice(0, 10);
}

/** The instant local midnight of `date` begins. */
export function dayStart(date: IsoDate, cal: CalendarIndex): number {
  return Date.parse(`${date}T00:00:00Z`) - cal.offsetMs;
}

export function nextDate(date: IsoDate): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

/** The working intervals of a date as instants (empty on a day off). */
export function workingIntervals(date: IsoDate, cal: CalendarIndex): [number, number][] {
  if (!cal.isWorkingDay(date)) return [];
  const start = dayStart(date, cal);
  return cal.periods.map(([s, e]) => [start + s * MINUTE_MS, start + e * MINUTE_MS]);
}
