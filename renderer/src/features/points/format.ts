/** Figures kept in whole hundredths, shown as people read them: 12.5, not 1250. */
export const showCenti = (c: number) => (c / 100).toLocaleString('zh-CN', { maximumFractionDigits: 2 });

/** ★★☆☆☆ (a rating out of five, in tables and on the page) */
export const starText = (stars: number) => '★'.repeat(stars) + '☆'.repeat(Math.max(0, 5 - stars));

/** ★★ (a star level named in a sentence) */
export const starLevel = (stars: number) => '★'.repeat(stars);

/** The period keys the tallies use: `M2026-11`, `Q2026-4`, `Y2026`, `all`. */
export type PeriodKind = 'month' | 'quarter' | 'year' | 'all';

export function periodKey(kind: PeriodKind, date: { year: number; month: number }): string {
  if (kind === 'all') return 'all';
  if (kind === 'year') return `Y${date.year}`;
  if (kind === 'quarter') return `Q${date.year}-${Math.ceil(date.month / 3)}`;
  return `M${date.year}-${String(date.month).padStart(2, '0')}`;
}
