/**
 * Tallies: a volunteer's and an org unit's figures per period (all time, year, quarter,
 * month), kept beside the records so leaderboards and candidate lists read a few index rows
 * instead of every service record. A record's contribution is derived from the record and the
 * rule of its date; a change of a record adds (after − before) to the rows it touches. All
 * figures are whole hundredths, so any sequence of changes gives the same rows.
 */
import type { OrgPath } from '../org/org-path';
import { ancestorsOf } from '../org/org-path';
import type { ServiceRecord } from '../domain/entities';
import { ruleOn, type EffectiveRule } from './rule';
import { DEFAULT_CALENDAR, type WorkCalendar } from '../requests/work-calendar';
import { countsHours, EMPTY_FIGURES, periodsOf, scoreRecord, type PeriodFigures, type ScoredRecord } from './score';

/** One volunteer in one period. */
export interface VolunteerTally extends PeriodFigures {
  period: string;
  volunteerId: string;
  /** Where the volunteer's latest counted record was kept (their org unit). */
  orgPath: OrgPath;
}

/** One org unit (and everything below it) in one period. */
export interface UnitTally extends PeriodFigures {
  period: string;
  unit: OrgPath;
}

export type TalliedRecord = ScoredRecord & Pick<ServiceRecord, 'orgPath'>;

export interface TallyDeltas {
  volunteers: Map<string, VolunteerTally>;
  units: Map<string, UnitTally>;
}

export const tallyKey = (period: string, id: string) => `${period}|${id}`;

export function emptyDeltas(): TallyDeltas {
  return { volunteers: new Map(), units: new Map() };
}

function figuresOf(record: TalliedRecord, timeline: readonly EffectiveRule[], cal: WorkCalendar): PeriodFigures {
  const line = scoreRecord(record, ruleOn(timeline, record.date), cal);
  return {
    centiHours: line.centiHours, points: line.points, records: 1,
    satisfied: record.satisfaction === 'satisfied' ? 1 : 0, dissatisfied: record.satisfaction === 'dissatisfied' ? 1 : 0,
  };
}

function addInto(target: PeriodFigures, f: PeriodFigures, sign: 1 | -1): void {
  target.centiHours += sign * f.centiHours;
  target.points += sign * f.points;
  target.records += sign * f.records;
  target.satisfied += sign * f.satisfied;
  target.dissatisfied += sign * f.dissatisfied;
}

function contribute(deltas: TallyDeltas, record: TalliedRecord, timeline: readonly EffectiveRule[], sign: 1 | -1, cal: WorkCalendar): void {
  if (!countsHours(record)) return;
  const f = figuresOf(record, timeline, cal);
  for (const period of periodsOf(record.date)) {
    const vk = tallyKey(period, record.volunteerId);
    const v = deltas.volunteers.get(vk) ?? { period, volunteerId: record.volunteerId, orgPath: record.orgPath, ...EMPTY_FIGURES };
    if (sign === 1) v.orgPath = record.orgPath;
    addInto(v, f, sign);
    deltas.volunteers.set(vk, v);
    for (const unit of [...ancestorsOf(record.orgPath), record.orgPath]) {
      const uk = tallyKey(period, unit);
      const u = deltas.units.get(uk) ?? { period, unit, ...EMPTY_FIGURES };
      addInto(u, f, sign);
      deltas.units.set(uk, u);
    }
  }
}

/** Adds what replacing `before` by `after` (either may be absent) changes in the tallies. */
export function changeDeltas(deltas: TallyDeltas, before: TalliedRecord | undefined, after: TalliedRecord | undefined, timeline: readonly EffectiveRule[], cal: WorkCalendar = DEFAULT_CALENDAR): void {
  if (before) contribute(deltas, before, timeline, -1, cal);
  if (after) contribute(deltas, after, timeline, 1, cal);
}

/** Nothing changes: the delta can be skipped. */
export function isZero(f: PeriodFigures): boolean {
  return f.centiHours === 0 && f.points === 0 && f.records === 0 && f.satisfied === 0 && f.dissatisfied === 0;
}

/** A stored row plus a delta; null when no record is left (the row is removed). */
export function applyDelta<T extends PeriodFigures>(stored: T | undefined, delta: T): T | null {
  if (!stored) return delta.records <= 0 ? null : { ...delta };
  const next = { ...stored };
  addInto(next, delta, 1);
  if ('orgPath' in delta) (next as { orgPath?: string }).orgPath = (delta as { orgPath?: string }).orgPath;
  return next.records <= 0 ? null : next;
}
