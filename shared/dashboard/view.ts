/**
 * From rows to what the dashboard draws: the unit's totals, a time series, and one entry per
 * child unit (with its weeks, for the week × unit matrix). Pure: the station builds it from its
 * local rows, and from rows the centre computed when it does not hold every record.
 */
import { addInto, type Counters } from './counters';
import type { AggregateRow } from './aggregate';
import { addDays, dayCount, monthOf, weekOf, type Period } from './period';

export type Bucket = 'day' | 'week' | 'month';

export interface UnitFigures {
  unit: string;
  total: Counters;
  /** Counters by week (Monday `YYYY-MM-DD`). */
  weeks: Record<string, Counters>;
}

export interface DashboardView {
  unit: string;
  period: Period;
  bucket: Bucket;
  total: Counters;
  /** Counters by bucket, in time order (`YYYY-MM`, or the day / Monday `YYYY-MM-DD`). */
  series: { key: string; c: Counters }[];
  children: UnitFigures[];
  /** Requests owned by the unit itself rather than by a unit below it (本级). */
  own: Counters;
  /** Standing counts of the unit's subtree (volunteers, pairings): row of day `SNAPSHOT_DAY`. */
  snapshot: Counters;
}

/** Months for long periods, weeks for a quarter or so, days for a month. */
export function bucketFor(p: Period): Bucket {
  const days = dayCount(p);
  return days > 100 ? 'month' : days > 35 ? 'week' : 'day';
}

export function bucketOf(day: string, bucket: Bucket): string {
  return bucket === 'month' ? monthOf(day) : bucket === 'week' ? weekOf(day) : day;
}

const inPeriod = (p: Period) => (r: AggregateRow) => r.day >= p.from && r.day < p.to;

export function unitFigures(unit: string, rows: Iterable<AggregateRow>, p: Period): UnitFigures {
  const total: Counters = {};
  const weeks: Record<string, Counters> = {};
  const keep = inPeriod(p);
  for (const r of rows) {
    if (r.unit !== unit || !keep(r)) continue;
    addInto(total, r.c);
    addInto((weeks[weekOf(r.day)] ??= {}), r.c);
  }
  return { unit, total, weeks };
}

/** The view of `unit` over `p` from its own rows and each child's rows. */
export function buildView(unit: string, p: Period, unitRows: readonly AggregateRow[], childRows: ReadonlyMap<string, readonly AggregateRow[]>, snapshot: Counters = {}): DashboardView {
  const bucket = bucketFor(p);
  const keep = inPeriod(p);
  const total: Counters = {};
  // Every bucket of the period, the empty ones too: a quiet month shows as zero, not as a gap.
  const series = new Map<string, Counters>();
  for (let day = p.from; day < p.to; day = addDays(day, 1)) if (!series.has(bucketOf(day, bucket))) series.set(bucketOf(day, bucket), {});
  for (const r of unitRows) {
    if (r.unit !== unit || !keep(r)) continue;
    addInto(total, r.c);
    const key = bucketOf(r.day, bucket);
    addInto(series.get(key) ?? (series.set(key, {}), series.get(key)!), r.c);
  }
  const children = [...childRows].map(([child, rows]) => unitFigures(child, rows, p));
  const own = { ...total };
  for (const child of children) addInto(own, child.total, -1);
  return {
    unit, period: p, bucket, total,
    series: [...series].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, c]) => ({ key, c })),
    children, own, snapshot,
  };
}
