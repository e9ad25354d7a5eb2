/**
 * Due times for demo requests. Real time limits (holidays, paused clocks, configurable tiers) are
 * the workflow module's business; the demo only needs plausible, consistent figures, so it counts
 * Monday–Friday as working days, in China time.
 */
import type { TimeLimitTier, Urgency } from '../domain/entities';
import { CST_OFFSET_MS, DAY_MS, cstDayStart } from './context';

const TIER_DAYS: Record<TimeLimitTier, number> = { sameDay: 0, threeDays: 3, sevenDays: 7, thirteenDays: 13 };

function isWeekend(ms: number): boolean {
  const day = new Date(ms + CST_OFFSET_MS).getUTCDay();
  return day === 0 || day === 6;
}

export function addWorkingDays(ms: number, days: number): number {
  let t = ms;
  for (let left = days; left > 0; ) {
    t += DAY_MS;
    if (!isWeekend(t)) left--;
  }
  return t;
}

export function dueAt(receivedAt: number, tier: TimeLimitTier, urgency: Urgency): number {
  if (urgency === 'emergency') return receivedAt + 4 * 3_600_000;
  if (tier === 'sameDay' || urgency === 'urgent') {
    // End of the day it came in, but never less than four hours to act.
    return Math.max(cstDayStart(receivedAt) + DAY_MS - 1, receivedAt + 4 * 3_600_000);
  }
  return addWorkingDays(receivedAt, TIER_DAYS[tier]);
}
