/**
 * 走访计划 when a paired household is next due a visit, and whether it is late.
 *
 * A pairing asks for one visit per interval (weekly 7 days, monthly one calendar month,
 * quarterly three months), counted from the last visit that served it — or from the start of
 * the pairing before the first visit. So a member paired monthly on 2 Nov owes the first visit
 * by 2 Dec; visiting on 20 Nov moves the next one to 20 Dec. Counting from the visit rather than
 * from fixed calendar months keeps a late visit from making the next one due the day after.
 */
import type { IsoDate, Pairing } from '../domain/entities';
import { addDays, addMonths, daysBetween, weekOf } from './dates';

export type VisitFrequency = Pairing['frequency'];
export const VISIT_FREQUENCIES: readonly VisitFrequency[] = ['weekly', 'monthly', 'quarterly'];

/** The date one interval after `from`. */
export function nextVisitDue(from: IsoDate, frequency: VisitFrequency): IsoDate {
  switch (frequency) {
    case 'weekly':
      return addDays(from, 7);
    case 'monthly':
      return addMonths(from, 1);
    case 'quarterly':
      return addMonths(from, 3);
  }
}

/** The fields of a pairing its schedule depends on. */
export type ScheduledPairing = Pick<Pairing, 'frequency' | 'startDate' | 'endDate'> & { lastVisitDate?: IsoDate; deleted?: boolean };

/** When the pairing's next visit is due; none once it has ended or was deleted. */
export function pairingDue(p: ScheduledPairing): IsoDate | null {
  if (p.deleted) return null;
  const from = p.lastVisitDate && p.lastVisitDate >= p.startDate ? p.lastVisitDate : p.startDate;
  const due = nextVisitDue(from, p.frequency);
  // A visit owed after the pairing ends is not owed at all.
  if (p.endDate && due > p.endDate) return null;
  return due;
}

export type VisitState = 'notStarted' | 'ended' | 'overdue' | 'dueThisWeek' | 'onTrack';

export interface VisitStatus {
  state: VisitState;
  due: IsoDate | null;
  /** Days past the due date (overdue) or until it (otherwise); 0 without a due date. */
  days: number;
}

/** Where a pairing stands on `today` (China-time date): the plan's one rule. */
export function visitStatus(p: ScheduledPairing, today: IsoDate): VisitStatus {
  if (p.deleted || (p.endDate && p.endDate < today)) return { state: 'ended', due: null, days: 0 };
  if (p.startDate > today) return { state: 'notStarted', due: pairingDue(p), days: 0 };
  const due = pairingDue(p);
  if (!due) return { state: 'ended', due: null, days: 0 };
  if (due < today) return { state: 'overdue', due, days: daysBetween(due, today) };
  const state = due <= weekOf(today).end ? 'dueThisWeek' : 'onTrack';
  return { state, due, days: daysBetween(today, due) };
}

/** A pairing still asks for visits on `today` (started, not ended, not deleted). */
export function isActivePairing(p: ScheduledPairing, today: IsoDate): boolean {
  const s = visitStatus(p, today).state;
  return s !== 'ended' && s !== 'notStarted';
}

/** The pairing's record after a visit on `date`: the latest visit counts, an older one entered late does not move it back. */
export function afterVisit(p: ScheduledPairing, date: IsoDate): { lastVisitDate: IsoDate; nextDue: IsoDate | null } {
  const last = p.lastVisitDate && p.lastVisitDate > date ? p.lastVisitDate : date;
  return { lastVisitDate: last, nextDue: pairingDue({ ...p, lastVisitDate: last }) };
}
