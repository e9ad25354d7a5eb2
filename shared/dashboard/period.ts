/**
 * Days, weeks and months as the dashboard counts them: in China time (UTC+8), where the
 * network works, whatever the PC's time zone says. A period is [from, to) of day keys
 * `YYYY-MM-DD`; `periodInstants` gives the same period as ISO instants for the request list,
 * so both select exactly the same requests.
 */
const CST_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

export interface Period {
  /** First day, inclusive (`YYYY-MM-DD`, China time). */
  from: string;
  /** Day after the last, exclusive. */
  to: string;
}

/** The China-time day of an instant. */
export function dayOf(iso: string | number): string {
  const t = typeof iso === 'number' ? iso : Date.parse(iso);
  return new Date(t + CST_MS).toISOString().slice(0, 10);
}

/** The instant a China-time day starts. */
export function dayStart(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) - CST_MS).toISOString();
}

export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00.000Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of a day's week. */
export function weekOf(day: string): string {
  const dow = new Date(`${day}T00:00:00.000Z`).getUTCDay();
  return addDays(day, -((dow + 6) % 7));
}

export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The whole calendar month `YYYY-MM` as a period. */
export function monthPeriod(month: string): Period {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${month}-01`, to: `${next}-01` };
}

/** The twelve months up to and including today's: the dashboard's default period. */
export function lastTwelveMonths(now: number): Period {
  const today = dayOf(now);
  const [y, m] = today.split('-').map(Number) as [number, number];
  const startMonth = m === 12 ? `${y}-01` : `${y - 1}-${String(m + 1).padStart(2, '0')}`;
  return { from: `${startMonth}-01`, to: addDays(today, 1) };
}

/** The request list's `from`/`to` for a period: its first and past-the-last day's starting instants. */
export function periodInstants(p: Period): { from: string; to: string } {
  return { from: dayStart(p.from), to: dayStart(p.to) };
}

export function dayCount(p: Period): number {
  return Math.round((Date.parse(`${p.to}T00:00:00Z`) - Date.parse(`${p.from}T00:00:00Z`)) / DAY_MS);
}
