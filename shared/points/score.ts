/**
 * Turning service records into points (计时计分). Every line names the record and the rule
 * that produced it, so any point on a balance can be traced back. Points and hours are kept
 * as whole hundredths (centi-points, centi-hours): sums of integers are exact, so a total is
 * the same whatever order the records are added in — floating-point sums are not.
 */
import type { IsoDate, IsoTime, PointsRule, ServiceRecord } from '../domain/entities';
import { DEFAULT_CALENDAR, indexCalendar, type WorkCalendar } from '../requests/work-calendar';
import { ruleOn, ruleTimeline, type EffectiveRule } from './rule';

/** The fields of a service record that points depend on. */
export type ScoredRecord = Pick<ServiceRecord, 'id' | 'volunteerId' | 'date' | 'hours' | 'deleted' | 'voided' | 'startAt' | 'endAt' | 'urgent' | 'satisfaction'>;

/** Whether a record's hours count: not deleted, and not the credit of a completion that did not take effect. */
export const countsHours = (r: Pick<ServiceRecord, 'deleted' | 'voided'>): boolean => !r.deleted && !r.voided;

export type MultiplierKind = 'none' | 'urgent' | 'night' | 'holiday';

/** 积分流水 one ledger line: derived, never stored (docs/points.md). */
export interface PointsLine {
  recordId: string;
  volunteerId: string;
  date: IsoDate;
  ruleId: string;
  centiHours: number;
  /** The one multiplier applied: the largest that applies (they do not compound). */
  multiplierKind: MultiplierKind;
  multiplier: number;
  /** hours × points per hour × multiplier, centi-points. */
  base: number;
  bonus: number;
  deduction: number;
  /** base + bonus − deduction, centi-points. */
  points: number;
}

export const toCenti = (n: number) => Math.round(n * 100);
export const fromCenti = (c: number) => c / 100;

/** Night service: the middle of the service falls between 22:00 and 06:00 China time. */
export function isNight(startAt: IsoTime | undefined, endAt: IsoTime | undefined, cal: WorkCalendar = DEFAULT_CALENDAR): boolean {
  if (!startAt || !endAt) return false;
  const mid = (Date.parse(startAt) + Date.parse(endAt)) / 2;
  if (Number.isNaN(mid)) return false;
  const hour = new Date(mid + cal.utcOffsetMinutes * 60_000).getUTCHours();
  return hour >= 22 || hour < 6;
}

/** A statutory public holiday of the work calendar (ordinary weekends are not). */
export function isHoliday(date: IsoDate, cal: WorkCalendar = DEFAULT_CALENDAR): boolean {
  indexCalendar(cal); // validates the calendar once
  return cal.holidays.includes(date);
}

/** The points one record earns under one rule. */
export function scoreRecord(record: ScoredRecord, rule: EffectiveRule, cal: WorkCalendar = DEFAULT_CALENDAR): PointsLine {
  const centiHours = toCenti(record.hours);
  const applies: [MultiplierKind, number][] = [['none', 1]];
  if (record.urgent) applies.push(['urgent', rule.multipliers.urgent]);
  if (isNight(record.startAt, record.endAt, cal)) applies.push(['night', rule.multipliers.night]);
  if (isHoliday(record.date, cal)) applies.push(['holiday', rule.multipliers.holiday]);
  // The largest wins; on a tie the earlier kind in the list, so the line reads the same everywhere.
  const [multiplierKind, multiplier] = applies.reduce((best, x) => (x[1] > best[1] ? x : best));
  const base = Math.round(centiHours * rule.pointsPerHour * multiplier);
  const bonus = record.satisfaction === 'satisfied' ? toCenti(rule.satisfactionBonus) : 0;
  const deduction = record.satisfaction === 'dissatisfied' ? toCenti(rule.deductions.dissatisfied) : 0;
  return {
    recordId: record.id, volunteerId: record.volunteerId, date: record.date, ruleId: rule.id,
    centiHours, multiplierKind, multiplier, base, bonus, deduction, points: base + bonus - deduction,
  };
}

const byDateThenId = (a: PointsLine, b: PointsLine) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0);

/**
 * The ledger of some records under a set of rules: one line per live record, each scored by
 * the rule in effect on its date, in (date, record id) order whatever order the input came in.
 */
export function scoreRecords(records: readonly ScoredRecord[], timeline: readonly EffectiveRule[], cal: WorkCalendar = DEFAULT_CALENDAR): PointsLine[] {
  return records.filter(countsHours).map((r) => scoreRecord(r, ruleOn(timeline, r.date), cal)).sort(byDateThenId);
}

/** The same from stored rules (sorted into their timeline first). */
export function scoreWithRules(records: readonly ScoredRecord[], rules: readonly PointsRule[], cal: WorkCalendar = DEFAULT_CALENDAR): PointsLine[] {
  return scoreRecords(records, ruleTimeline(rules), cal);
}

/** Period keys a date counts towards: all time, its year, quarter and month. */
export function periodsOf(date: IsoDate): string[] {
  const y = date.slice(0, 4);
  const m = Number(date.slice(5, 7));
  return ['all', `Y${y}`, `Q${y}-${Math.ceil(m / 3)}`, `M${date.slice(0, 7)}`];
}

/** What a volunteer did in one period: whole hundredths, so sums are exact. */
export interface PeriodFigures {
  centiHours: number;
  points: number;
  records: number;
  satisfied: number;
  dissatisfied: number;
}

export const EMPTY_FIGURES: PeriodFigures = { centiHours: 0, points: 0, records: 0, satisfied: 0, dissatisfied: 0 };

/** Figures per period key of one volunteer's ledger lines (and the records they came from). */
export function figuresByPeriod(lines: readonly PointsLine[], satisfactionOf: (recordId: string) => ScoredRecord['satisfaction']): Map<string, PeriodFigures> {
  const out = new Map<string, PeriodFigures>();
  for (const line of lines) {
    const s = satisfactionOf(line.recordId);
    for (const p of periodsOf(line.date)) {
      const f = out.get(p) ?? { ...EMPTY_FIGURES };
      f.centiHours += line.centiHours;
      f.points += line.points;
      f.records += 1;
      if (s === 'satisfied') f.satisfied += 1;
      if (s === 'dissatisfied') f.dissatisfied += 1;
      out.set(p, f);
    }
  }
  return out;
}
