/**
 * What a rule change would do before it is applied: every volunteer's total points under
 * the rules now and under the rules with the change, and the difference. Records can be fed
 * in batches (a city holds millions); totals are integer sums, so batches and their order do
 * not change the result.
 */
import { scoreRecords, type ScoredRecord } from './score';
import type { EffectiveRule } from './rule';
import { DEFAULT_CALENDAR, type WorkCalendar } from '../requests/work-calendar';

export interface VolunteerChange {
  volunteerId: string;
  before: number;
  after: number;
  delta: number;
}

export class RuleDiff {
  private readonly totals = new Map<string, { before: number; after: number }>();
  records = 0;

  constructor(private readonly before: readonly EffectiveRule[], private readonly after: readonly EffectiveRule[], private readonly cal: WorkCalendar = DEFAULT_CALENDAR) {}

  add(records: readonly ScoredRecord[]): void {
    const b = scoreRecords(records, this.before, this.cal);
    const a = scoreRecords(records, this.after, this.cal);
    for (let i = 0; i < b.length; i++) {
      const t = this.totals.get(b[i]!.volunteerId) ?? { before: 0, after: 0 };
      t.before += b[i]!.points;
      t.after += a[i]!.points;
      this.totals.set(b[i]!.volunteerId, t);
    }
    this.records += b.length;
  }

  /** Volunteers whose points change, largest change first (then by id). */
  changes(): VolunteerChange[] {
    const out: VolunteerChange[] = [];
    for (const [volunteerId, t] of this.totals) if (t.after !== t.before) out.push({ volunteerId, before: t.before, after: t.after, delta: t.after - t.before });
    return out.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || (x.volunteerId < y.volunteerId ? -1 : 1));
  }

  summary(): { volunteers: number; records: number; before: number; after: number } {
    let before = 0;
    let after = 0;
    for (const t of this.totals.values()) {
      before += t.before;
      after += t.after;
    }
    return { volunteers: this.totals.size, records: this.records, before, after };
  }
}
