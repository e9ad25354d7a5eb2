import { describe, expect, it } from 'vitest';
import { addMonths, chinaDate, isIsoDate, weekOf } from './dates';
import { afterVisit, nextVisitDue, pairingDue, visitStatus } from './visit-schedule';

describe('dates', () => {
  it('reads the China-time day of an instant', () => {
    expect(chinaDate(Date.parse('2026-11-27T16:30:00Z'))).toBe('2026-11-28'); // 00:30 the next day in Jiaxing
    expect(chinaDate(Date.parse('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
  });
  it('adds months keeping the day, or the month’s last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
  });
  it('knows real dates and weeks from Monday', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
    expect(weekOf('2026-11-29')).toEqual({ start: '2026-11-23', end: '2026-11-29' }); // a Sunday
    expect(weekOf('2026-11-30')).toEqual({ start: '2026-11-30', end: '2026-12-06' });
  });
});

describe('due visits (fixed clock: today is Friday 27 Nov 2026)', () => {
  const today = '2026-11-27';
  const monthly = { frequency: 'monthly' as const, startDate: '2026-10-20' };

  it('counts the first visit from the start of the pairing', () => {
    expect(nextVisitDue('2026-11-02', 'weekly')).toBe('2026-11-09');
    expect(pairingDue(monthly)).toBe('2026-11-20');
    expect(visitStatus(monthly, today)).toEqual({ state: 'overdue', due: '2026-11-20', days: 7 });
  });

  it('counts later visits from the latest visit', () => {
    expect(visitStatus({ ...monthly, lastVisitDate: '2026-11-05' }, today)).toEqual({ state: 'onTrack', due: '2026-12-05', days: 8 });
    expect(visitStatus({ ...monthly, lastVisitDate: '2026-10-29' }, today)).toEqual({ state: 'dueThisWeek', due: '2026-11-29', days: 2 });
    expect(visitStatus({ frequency: 'quarterly', startDate: '2026-06-01', lastVisitDate: '2026-08-27' }, today)).toEqual({ state: 'dueThisWeek', due: '2026-11-27', days: 0 });
  });

  it('is due this week only up to Sunday', () => {
    expect(visitStatus({ frequency: 'weekly', startDate: '2026-11-23' }, today).state).toBe('onTrack'); // due Mon 30 Nov
    expect(visitStatus({ frequency: 'weekly', startDate: '2026-11-22' }, today).state).toBe('dueThisWeek'); // due Sun 29 Nov
  });

  it('asks nothing before the start, after the end, or after deletion', () => {
    expect(visitStatus({ ...monthly, startDate: '2026-12-01' }, today).state).toBe('notStarted');
    expect(visitStatus({ ...monthly, endDate: '2026-11-26' }, today)).toEqual({ state: 'ended', due: null, days: 0 });
    expect(visitStatus({ ...monthly, deleted: true }, today).state).toBe('ended');
    // The next visit would fall after the end: nothing more is owed.
    expect(pairingDue({ ...monthly, lastVisitDate: '2026-11-25', endDate: '2026-12-10' })).toBeNull();
  });

  it('ignores a visit dated before the pairing began', () => {
    expect(pairingDue({ ...monthly, lastVisitDate: '2026-09-01' })).toBe('2026-11-20');
  });

  it('moves forward after a visit, never back for an older one entered late', () => {
    expect(afterVisit(monthly, '2026-11-27')).toEqual({ lastVisitDate: '2026-11-27', nextDue: '2026-12-27' });
    expect(afterVisit({ ...monthly, lastVisitDate: '2026-11-27' }, '2026-11-10')).toEqual({ lastVisitDate: '2026-11-27', nextDue: '2026-12-27' });
  });
});
