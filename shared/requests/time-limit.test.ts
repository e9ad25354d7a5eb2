import { describe, expect, it } from 'vitest';
import { addWorkingMs, dueAt, timeStatus, workingMsBetween, type TimeLimitInput } from './time-limit';
import { DEFAULT_CALENDAR, indexCalendar, type WorkCalendar } from './work-calendar';

/** China time, as a clerk reads the wall clock. */
const cst = (s: string) => `${s.replace(' ', 'T')}:00+08:00`;
const iso = (s: string) => new Date(cst(s)).toISOString();
const NOW = Date.parse(cst('2026-12-31 00:00'));

function due(receivedAt: string, tier: TimeLimitInput['tier'], more: Partial<TimeLimitInput> = {}, calendar?: WorkCalendar) {
  return dueAt({ receivedAt: cst(receivedAt), tier, urgency: 'normal', ...more }, NOW, calendar);
}

describe('time limits in the work calendar', () => {
  it('same day ends with the working day, or the next one after hours and on days off', () => {
    expect(due('2026-11-27 10:00', 'sameDay')).toBe(iso('2026-11-27 17:30'));
    expect(due('2026-11-27 17:45', 'sameDay')).toBe(iso('2026-11-30 17:30')); // Friday evening → Monday
    expect(due('2026-11-28 09:00', 'sameDay')).toBe(iso('2026-11-30 17:30')); // Saturday → Monday
    expect(due('2026-11-27 12:30', 'sameDay')).toBe(iso('2026-11-27 17:30')); // lunch break still that day
  });

  it('counts make-up workdays as working and holidays as not', () => {
    expect(due('2026-02-28 09:00', 'sameDay')).toBe(iso('2026-02-28 17:30')); // Saturday worked after 春节
    expect(due('2026-09-30 10:00', 'threeDays')).toBe(iso('2026-10-10 17:30')); // 8, 9 and make-up Saturday 10 Oct
    expect(due('2026-10-02 10:00', 'sameDay')).toBe(iso('2026-10-08 17:30'));
    expect(due('2026-09-14 10:00', 'thirteenDays')).toBe(iso('2026-10-08 17:30'));
  });

  it('three working days skip the weekend; seven days are calendar days', () => {
    expect(due('2026-11-27 10:00', 'threeDays')).toBe(iso('2026-12-02 17:30'));
    expect(due('2026-11-27 10:00', 'sevenDays')).toBe(iso('2026-12-04 10:00'));
  });

  it('an emergency is always same day', () => {
    expect(due('2026-11-27 10:00', 'thirteenDays', { urgency: 'emergency' })).toBe(iso('2026-11-27 17:30'));
  });

  it('a pause across a weekend adds back only the working time it covered', () => {
    // Due Tuesday 24 Nov 17:30; waiting on the resident Friday 16:30 → Monday 09:30 is 2 working hours.
    const pauses = [{ from: cst('2026-11-20 16:30'), to: cst('2026-11-23 09:30') }];
    expect(due('2026-11-19 10:00', 'threeDays')).toBe(iso('2026-11-24 17:30'));
    expect(due('2026-11-19 10:00', 'threeDays', { pauses })).toBe(iso('2026-11-25 10:30'));
    // Calendar tiers add back the wall time.
    expect(due('2026-11-19 10:00', 'sevenDays', { pauses })).toBe(iso('2026-11-29 03:00')); // 26 Nov 10:00 + 65 h
  });

  it('an open pause runs until now', () => {
    const input = { receivedAt: cst('2026-11-27 09:00'), tier: 'sameDay' as const, urgency: 'normal' as const, pauses: [{ from: cst('2026-11-27 10:00') }] };
    expect(dueAt(input, Date.parse(cst('2026-11-27 11:00')))).toBe(iso('2026-11-30 09:30')); // Friday 17:30 + 1 working hour
    expect(dueAt(input, Date.parse(cst('2026-11-27 09:30')))).toBe(iso('2026-11-27 17:30'));
  });

  it('an approved extension replaces the due time', () => {
    expect(due('2026-11-27 10:00', 'sameDay', { extendedUntil: cst('2026-12-10 12:00') })).toBe(iso('2026-12-10 12:00'));
  });

  it('follows a configured calendar', () => {
    const sixDays: WorkCalendar = { ...DEFAULT_CALENDAR, periods: [{ start: '09:00', end: '18:00' }], weekend: [0], holidays: [], workdays: [] };
    expect(due('2026-11-27 10:00', 'threeDays', {}, sixDays)).toBe(iso('2026-12-01 18:00')); // Sat, Mon, Tue
    expect(() => due('2026-11-27 10:00', 'sameDay', {}, { ...sixDays, weekend: [0, 1, 2, 3, 4, 5, 6] })).toThrow(RangeError);
    expect(() => due('2026-11-27 10:00', 'sameDay', {}, { ...sixDays, periods: [{ start: '12:00', end: '09:00' }] })).toThrow(RangeError);
  });

  it('working time arithmetic agrees with itself', () => {
    const cal = indexCalendar(DEFAULT_CALENDAR);
    const from = Date.parse(cst('2026-11-27 11:00'));
    expect(workingMsBetween(from, Date.parse(cst('2026-11-30 09:00')), cal)).toBe((1 + 4 + 0.5) * 3_600_000);
    for (const hours of [0.5, 1, 4, 7.5, 20, 100]) {
      const to = addWorkingMs(from, hours * 3_600_000, cal);
      expect(workingMsBetween(from, to, cal)).toBe(hours * 3_600_000);
    }
  });
});

describe('timeStatus', () => {
  const at = Date.parse(cst('2026-11-27 17:30'));
  it('is ok, due soon within the warning window, then overdue', () => {
    expect(timeStatus(at, at - 5 * 3_600_000)).toBe('ok');
    expect(timeStatus(at, at - 3 * 3_600_000)).toBe('dueSoon');
    expect(timeStatus(new Date(at).toISOString(), at)).toBe('dueSoon');
    expect(timeStatus(at, at + 1)).toBe('overdue');
    expect(timeStatus(at, at - 20 * 3_600_000, { dueSoonHours: 24 })).toBe('dueSoon');
  });
});
