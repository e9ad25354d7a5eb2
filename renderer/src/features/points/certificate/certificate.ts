/**
 * What a 志愿服务证明 says (民政部《志愿服务记录与证明出具办法(试行)》): who (ID masked), the
 * hours by year and in total, the records they come from, and the unit that issues it. Pure.
 */
import type { ServiceRecord } from '../../../../../shared/domain/entities';
import { countsHours, toCenti } from '../../../../../shared/points/score';

export interface CertificateFigures {
  from: string | null;
  to: string | null;
  count: number;
  centiHours: number;
  byYear: { year: string; count: number; centiHours: number }[];
  records: ServiceRecord[];
}

/** Records within [from, to] (dates, inclusive; null: open), oldest first. */
export function certificateFigures(records: readonly ServiceRecord[], from: string | null, to: string | null): CertificateFigures {
  const chosen = records
    .filter((r) => countsHours(r) && (!from || r.date >= from) && (!to || r.date <= to))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
  const years = new Map<string, { count: number; centiHours: number }>();
  for (const r of chosen) {
    const y = years.get(r.date.slice(0, 4)) ?? { count: 0, centiHours: 0 };
    y.count += 1;
    y.centiHours += toCenti(r.hours);
    years.set(r.date.slice(0, 4), y);
  }
  return {
    from: chosen[0]?.date ?? null,
    to: chosen.at(-1)?.date ?? null,
    count: chosen.length,
    centiHours: chosen.reduce((s, r) => s + toCenti(r.hours), 0),
    byYear: [...years].sort(([a], [b]) => (a < b ? -1 : 1)).map(([year, y]) => ({ year, ...y })),
    records: chosen,
  };
}

/** A certificate number a reader can quote back: unit, date and the volunteer's number. */
export function certificateNumber(stationPath: string, volunteerNo: string, today: string): string {
  return `LX-${stationPath.replaceAll('/', '')}-${today.replaceAll('-', '')}-${volunteerNo}`;
}
