/**
 * One volunteer's points, read from their own records (a few hundred at most, through the
 * `volunteerId` index) and scored here: the ledger lines with record and rule, the balance
 * year by year, redemptions with those that overdrew flagged, stars earned and granted.
 * Never stored (docs/points.md), so every station holding the same records shows the same.
 */
import type { PointsRule, Redemption, ServiceRecord, StarRating } from '../../../../shared/domain/entities';
import type { WorkCalendar } from '../../../../shared/requests/work-calendar';
import { calendarFrom } from './calendar';
import { balanceOf, type BalanceResult } from '../../../../shared/points/balance';
import { ruleOn, ruleTimeline, type EffectiveRule } from '../../../../shared/points/rule';
import { countsHours, scoreRecords, type PointsLine } from '../../../../shared/points/score';
import { toNextStar } from '../../../../shared/points/stars';
import type { LianxinDb, Stored } from '../../db/schema';

export interface VolunteerPoints {
  records: Stored<ServiceRecord>[];
  lines: PointsLine[];
  rules: Map<string, EffectiveRule>;
  redemptions: Stored<Redemption>[];
  balance: BalanceResult;
  centiHours: number;
  star: ReturnType<typeof toNextStar>;
  grants: Stored<StarRating>[];
  granted: number;
  /** The rule in effect today (thresholds, criteria). */
  current: EffectiveRule;
}

export const chinaToday = (now = Date.now()) => new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);

export async function rulesOf(db: LianxinDb): Promise<PointsRule[]> {
  return db.synced('pointsRules').toArray();
}

export async function volunteerPoints(db: LianxinDb, volunteerId: string, now = Date.now()): Promise<VolunteerPoints> {
  const [records, rules, redemptions, grants, calendars] = await Promise.all([
    db.synced('serviceRecords').where('volunteerId').equals(volunteerId).toArray(),
    rulesOf(db),
    db.synced('redemptions').where('volunteerId').equals(volunteerId).toArray(),
    db.synced('starRatings').where('volunteerId').equals(volunteerId).toArray(),
    db.synced('workCalendars').toArray(),
  ]);
  return pointsFrom(records, rules, redemptions, grants, now, calendarFrom(calendars));
}

export function pointsFrom(records: Stored<ServiceRecord>[], rules: PointsRule[], redemptions: Stored<Redemption>[], grants: Stored<StarRating>[], now = Date.now(), cal?: WorkCalendar): VolunteerPoints {
  const timeline = ruleTimeline(rules);
  const today = chinaToday(now);
  const current = ruleOn(timeline, today);
  const live = records.filter(countsHours);
  const lines = scoreRecords(live, timeline, cal);
  const centiHours = lines.reduce((s, l) => s + l.centiHours, 0);
  const liveGrants = grants.filter((g) => !g.deleted).sort((a, b) => (a.grantedAt < b.grantedAt ? 1 : -1));
  const liveRedemptions = redemptions.filter((r) => !r.deleted).sort((a, b) => ((a.hlc ?? a.at) < (b.hlc ?? b.at) ? 1 : -1));
  return {
    records: live.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? 1 : -1)),
    lines,
    rules: new Map([...timeline, ruleOn([], today)].map((r) => [r.id, r])),
    redemptions: liveRedemptions,
    balance: balanceOf(lines, liveRedemptions, timeline, Number(today.slice(0, 4))),
    centiHours,
    star: toNextStar(centiHours, current.starThresholds),
    grants: liveGrants,
    granted: liveGrants.reduce((m, g) => Math.max(m, g.stars), 0),
    current,
  };
}
