/**
 * A volunteer's points balance, year by year, and which redemptions overdrew it.
 *
 * A year's available points are what was carried in plus everything earned in that year;
 * redemptions of the year are taken in HLC order (then id), the same order on every replica.
 * A redemption larger than what is left is flagged `overdrawn`: the station that made it
 * could not see the other station's redemption while both were offline. It still counts —
 * the goods were handed out — so the balance shows the debt until a person resolves it.
 * At a year's end, the rule in effect on 1 January of the next year decides: with a yearly
 * reset only `carryOverRate` of a positive balance is carried over; a debt is carried whole.
 */
import type { IsoTime } from '../domain/entities';
import { ruleOn, type EffectiveRule } from './rule';
import { toCenti, type PointsLine } from './score';

export interface RedemptionInput {
  id: string;
  points: number;
  at: IsoTime;
  hlc?: string;
  deleted?: boolean;
}

export interface YearBalance {
  year: number;
  carriedIn: number;
  earned: number;
  redeemed: number;
  /** carriedIn + earned − redeemed, centi-points. */
  closing: number;
}

export interface BalanceResult {
  years: YearBalance[];
  /** The balance now (the last year's closing), centi-points; negative only after an overdraw found by sync. */
  balance: number;
  /** Redemptions that took more than was left, in the deterministic order. */
  overdrawn: Set<string>;
}

/** China time (UTC+8, no daylight saving): the year a moment belongs to. */
export function chinaYear(at: IsoTime): number {
  return new Date(Date.parse(at) + 8 * 3_600_000).getUTCFullYear();
}

const redemptionOrder = (a: RedemptionInput, b: RedemptionInput) => {
  const ka = a.hlc ?? a.at;
  const kb = b.hlc ?? b.at;
  return ka < kb ? -1 : ka > kb ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

export function balanceOf(lines: readonly PointsLine[], redemptions: readonly RedemptionInput[], timeline: readonly EffectiveRule[], currentYear: number): BalanceResult {
  const earned = new Map<number, number>();
  for (const l of lines) {
    const y = Number(l.date.slice(0, 4));
    earned.set(y, (earned.get(y) ?? 0) + l.points);
  }
  const live = redemptions.filter((r) => !r.deleted).slice().sort(redemptionOrder);
  const byYear = new Map<number, RedemptionInput[]>();
  for (const r of live) {
    const y = chinaYear(r.at);
    byYear.set(y, [...(byYear.get(y) ?? []), r]);
  }
  const known = [...earned.keys(), ...byYear.keys()];
  const first = known.length ? Math.min(...known) : currentYear;
  const last = Math.max(currentYear, ...known);
  const years: YearBalance[] = [];
  const overdrawn = new Set<string>();
  let carry = 0;
  for (let year = first; year <= last; year++) {
    const available = carry + (earned.get(year) ?? 0);
    let redeemed = 0;
    for (const r of byYear.get(year) ?? []) {
      const points = toCenti(r.points);
      if (points > available - redeemed) overdrawn.add(r.id);
      redeemed += points;
    }
    const closing = available - redeemed;
    years.push({ year, carriedIn: carry, earned: earned.get(year) ?? 0, redeemed, closing });
    const next = ruleOn(timeline, `${year + 1}-01-01`);
    carry = next.yearlyReset && closing > 0 ? Math.floor(closing * next.carryOverRate) : closing;
  }
  return { years, balance: years.at(-1)!.closing, overdrawn };
}

/** Why a redemption cannot be made here now, or null when it can. */
export function redemptionProblem(points: number, balance: number): 'notPositive' | 'overdraw' | null {
  if (!Number.isFinite(points) || points <= 0) return 'notPositive';
  if (toCenti(points) > balance) return 'overdraw';
  return null;
}
