/**
 * The work calendar points are scored with (its public holidays decide the holiday multiplier):
 * the one the city centre syncs down, else the built-in one — the same choice the request time
 * limits make (catalogue/live.ts), read here from the database so a write transaction and a
 * screen score with what the station holds at that moment.
 */
import type { WorkCalendarRecord } from '../../../../shared/domain/entities';
import type { WorkCalendar } from '../../../../shared/requests/work-calendar';
import { fromRecords } from '../../catalogue/live';

export const WORK_CALENDARS = 'workCalendars';

export function calendarFrom(records: readonly WorkCalendarRecord[]): WorkCalendar {
  return fromRecords([], [], records).calendar;
}
