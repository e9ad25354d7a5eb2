/**
 * 走访记录 what a visit record must hold: when, who went, what they found. Hours served (travel
 * excluded) are optional here; the points feature turns them into service records.
 */
import type { IsoDate, Visit } from '../domain/entities';
import { isIsoDate } from './dates';

export interface VisitInput {
  residentId?: string;
  pairingId?: string;
  date?: IsoDate;
  visitorIds?: string[];
  findings?: string;
  followUp?: string;
  hours?: number | null;
}
export type VisitField = keyof VisitInput;
export interface VisitProblem {
  field: VisitField;
  code: 'required' | 'date' | 'future' | 'tooLong' | 'hours';
}

export type CheckedVisit = Pick<Visit, 'residentId' | 'date' | 'visitorIds' | 'findings'> & Partial<Pick<Visit, 'pairingId' | 'followUp' | 'hours'>>;

export function checkVisitInput(input: VisitInput, today: IsoDate): { ok: true; value: CheckedVisit } | { ok: false; problems: VisitProblem[] } {
  const problems: VisitProblem[] = [];
  if (!input.residentId) problems.push({ field: 'residentId', code: 'required' });
  if (!input.date) problems.push({ field: 'date', code: 'required' });
  else if (!isIsoDate(input.date)) problems.push({ field: 'date', code: 'date' });
  else if (input.date > today) problems.push({ field: 'date', code: 'future' });
  const visitorIds = [...new Set(input.visitorIds ?? [])];
  if (visitorIds.length === 0) problems.push({ field: 'visitorIds', code: 'required' });
  const findings = (input.findings ?? '').trim();
  if (!findings) problems.push({ field: 'findings', code: 'required' });
  else if (findings.length > 1000) problems.push({ field: 'findings', code: 'tooLong' });
  const followUp = (input.followUp ?? '').trim();
  if (followUp.length > 500) problems.push({ field: 'followUp', code: 'tooLong' });
  const hours = input.hours ?? undefined;
  // Half-hour steps up to a long day: a visit is not a shift.
  if (hours !== undefined && !(Number.isFinite(hours) && hours > 0 && hours <= 12 && Number.isInteger(hours * 2))) problems.push({ field: 'hours', code: 'hours' });
  if (problems.length > 0) return { ok: false, problems };
  const value: CheckedVisit = { residentId: input.residentId!, date: input.date!, visitorIds, findings };
  if (input.pairingId) value.pairingId = input.pairingId;
  if (followUp) value.followUp = followUp;
  if (hours !== undefined) value.hours = hours;
  return { ok: true, value };
}
