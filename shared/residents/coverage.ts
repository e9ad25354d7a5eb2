/**
 * 走访覆盖 what supervisors check: of the households on the register, how many have a paired
 * member, and how many of those were visited on time (no pairing of theirs overdue). Per member
 * the same question: how many households, how many late.
 */
import type { IsoDate } from '../domain/entities';
import { visitStatus, type ScheduledPairing } from './visit-schedule';

export type CoveragePairing = ScheduledPairing & { residentId: string; volunteerId: string };

export interface Coverage {
  households: number;
  /** Households with at least one active pairing. */
  paired: number;
  /** Paired households none of whose active pairings is overdue. */
  onTime: number;
  overdue: number;
  dueThisWeek: number;
}

/** Coverage over `households` registered households and the pairings found for them. */
export function coverage(households: number, pairings: readonly CoveragePairing[], today: IsoDate): Coverage {
  const paired = new Set<string>();
  const late = new Set<string>();
  const dueSoon = new Set<string>();
  for (const p of pairings) {
    const { state } = visitStatus(p, today);
    if (state === 'ended' || state === 'notStarted') continue;
    paired.add(p.residentId);
    if (state === 'overdue') late.add(p.residentId);
    else if (state === 'dueThisWeek') dueSoon.add(p.residentId);
  }
  return {
    households,
    paired: paired.size,
    onTime: paired.size - late.size,
    overdue: late.size,
    dueThisWeek: [...dueSoon].filter((id) => !late.has(id)).length,
  };
}

export interface MemberLoad {
  volunteerId: string;
  households: number;
  overdue: number;
  dueThisWeek: number;
}

/** Per paired member: households served now, how many are overdue or due this week; the most overdue first. */
export function memberLoads(pairings: readonly CoveragePairing[], today: IsoDate): MemberLoad[] {
  const by = new Map<string, MemberLoad>();
  for (const p of pairings) {
    const { state } = visitStatus(p, today);
    if (state === 'ended' || state === 'notStarted') continue;
    const load = by.get(p.volunteerId) ?? { volunteerId: p.volunteerId, households: 0, overdue: 0, dueThisWeek: 0 };
    load.households += 1;
    if (state === 'overdue') load.overdue += 1;
    if (state === 'dueThisWeek') load.dueThisWeek += 1;
    by.set(p.volunteerId, load);
  }
  return [...by.values()].sort((a, b) => b.overdue - a.overdue || b.dueThisWeek - a.dueThisWeek || b.households - a.households);
}

/** A share as a whole percentage; 0 of 0 reads as 0 %, not 100 %. */
export function percent(part: number, whole: number): number {
  return whole > 0 ? Math.round((100 * part) / whole) : 0;
}
