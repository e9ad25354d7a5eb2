import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LianxinDb } from '../db/schema';
import type { ServiceItem, WorkCalendarRecord } from '../../../shared/domain/entities';
import { CATALOGUE_ITEMS } from '../../../shared/catalogue/catalogue';
import { DEFAULT_CALENDAR } from '../../../shared/requests/work-calendar';
import { BUILT_IN, catalogue, catalogueItem, followCatalogue, fromRecords, setCatalogue, workCalendar } from './live';
import { searchItems } from '../features/requests/intake/item-search';
import { stateDueAt } from '../features/requests/derive';
import { initialState } from '../../../shared/requests/lifecycle';

const base = { orgPath: 'JX', createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', updatedBy: 'centre' };
const item = (code: string, over: Partial<ServiceItem> = {}): ServiceItem => {
  const built = CATALOGUE_ITEMS.find((i) => i.code === code)!;
  return { ...base, id: `item-${code}`, ...built, keywords: [...built.keywords], skills: [...built.skills], ...over };
};
const calendarRecord = (over: Partial<WorkCalendarRecord> = {}): WorkCalendarRecord => ({
  ...base, id: 'jx', ...DEFAULT_CALENDAR, holidays: [...DEFAULT_CALENDAR.holidays], workdays: [...DEFAULT_CALENDAR.workdays], ...over,
});

let db: LianxinDb;
beforeEach(async () => {
  db = new LianxinDb(`catalogue-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  setCatalogue(BUILT_IN);
  await db.delete();
});

describe('the catalogue a station works by', () => {
  it('is the built-in one until the centre’s records arrive', () => {
    expect(fromRecords([], [], [])).toBe(BUILT_IN);
    expect(BUILT_IN.activeItems).toHaveLength(CATALOGUE_ITEMS.length);
    expect(BUILT_IN.source).toBe('builtIn');
  });

  it('takes the centre’s items, keeps retired ones for old requests but does not offer them', () => {
    const c = fromRecords([item('C1-02', { name: '管道疏通(含化粪池)' }), item('C1-03', { retired: true })], [], []);
    expect(c.source).toBe('centre');
    expect(c.byCode.get('C1-02')?.name).toBe('管道疏通(含化粪池)');
    expect(c.byCode.get('C1-03')).toBeDefined();
    expect(c.activeItems.map((i) => i.code)).toEqual(['C1-02']);
    setCatalogue(c);
    expect(searchItems('gdst').map((i) => i.code)).toEqual(['C1-02']);
    expect(searchItems(CATALOGUE_ITEMS.find((i) => i.code === 'C1-03')!.name)).toEqual([]);
  });

  it('follows the database: an edit synced down changes names, tiers and the calendar without a restart', async () => {
    const stop = followCatalogue(db);
    try {
      await db.synced('serviceItems').bulkPut([{ ...item('C1-02'), _hlc: '0' }] as never);
      await expect.poll(() => catalogue().source).toBe('centre');
      expect(catalogueItem('C1-02')?.timeLimitTier).toBe('sameDay');
      await db.synced('serviceItems').put({ ...item('C1-02', { timeLimitTier: 'threeDays' }), _hlc: '1' } as never);
      await expect.poll(() => catalogueItem('C1-02')?.timeLimitTier).toBe('threeDays');
      await db.synced('workCalendars').put({ ...calendarRecord({ holidays: ['2026-11-30'] }), _hlc: '1' } as never);
      await expect.poll(() => workCalendar().holidays).toEqual(['2026-11-30']);
    } finally {
      stop();
    }
  });

  it('counts time limits in the centre’s calendar: a holiday it adds moves the due time', () => {
    // Friday 27 Nov 2026, 16:00 China time; a three-day item is due three working days on.
    const receivedAt = '2026-11-27T08:00:00.000Z';
    const state = initialState({ receivedAt, orgPath: 'JX/NH/T10/V003' });
    const request = { itemCode: 'C1-02', urgency: 'normal' as const };
    setCatalogue(fromRecords([item('C1-02', { timeLimitTier: 'threeDays' })], [], [calendarRecord()]));
    const usual = stateDueAt(state, request, Date.parse(receivedAt))!;
    setCatalogue(fromRecords([item('C1-02', { timeLimitTier: 'threeDays' })], [], [calendarRecord({ holidays: ['2026-12-01'] })]));
    const withHoliday = stateDueAt(state, request, Date.parse(receivedAt))!;
    expect(Date.parse(withHoliday) - Date.parse(usual)).toBe(24 * 3_600_000);
  });
});
