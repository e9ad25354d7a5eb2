/**
 * What the points screens read, always through an index and a bounded number of rows: the
 * tallies (leaderboards, candidates, star proposals), the newest records and redemptions a
 * page at a time. Never a whole table (docs/points.md, "At 181,000 volunteers").
 */
import Dexie from 'dexie';
import type { Redemption, ServiceRecord, StarRating, Volunteer } from '../../../../shared/domain/entities';
import { childrenOf, orgName } from '../../../../shared/org/org-tree';
import { isWithin, levelOf, type OrgPath } from '../../../../shared/org/org-path';
import { ruleOn, ruleTimeline, type EffectiveRule } from '../../../../shared/points/rule';
import { proposalFor, grantableBy } from '../../../../shared/points/stars';
import { unmetCriteria, type Criteria } from '../../../../shared/points/excellent';
import type { UnitTally, VolunteerTally } from '../../../../shared/points/tally';
import { toCenti } from '../../../../shared/points/score';
import type { LianxinDb, Stored } from '../../db/schema';
import { unitTallies, volunteerTallies } from './tallies/rebuild';
import { chinaToday } from './ledger';

export type Metric = 'points' | 'centiHours';

export interface RankedVolunteer {
  tally: VolunteerTally;
  volunteer?: Stored<Volunteer>;
}

async function withVolunteers(db: LianxinDb, tallies: VolunteerTally[]): Promise<RankedVolunteer[]> {
  const people = await db.synced('volunteers').bulkGet(tallies.map((t) => t.volunteerId));
  return tallies.map((tally, i) => ({ tally, volunteer: people[i] ?? undefined }));
}

/** The unit's subtree as one `[period+orgPath]` range: the unit itself and every `unit/…` path. */
function inUnit(db: LianxinDb, period: string, unit: OrgPath) {
  return volunteerTallies(db).where('[period+orgPath]').between([period, unit], [period, `${unit}0`], true, false);
}

/**
 * The top volunteers of a unit in a period, by the cheaper of two reads:
 * - the station's whole scope, or a large unit (a county, the city): `[period+metric]` read from
 *   the top, keeping the unit's rows until there are enough — a county holds about a seventh of
 *   a city, so some 7 × `limit` rows are read (bench `points`);
 * - a small unit (a town, a village): its own `[period+orgPath]` range (at most a few thousand
 *   rows), sorted here; read from the top, it might have to pass most of the city first.
 */
export async function leaderboard(db: LianxinDb, q: { period: string; unit: OrgPath; station: OrgPath; metric: Metric; limit: number }): Promise<RankedVolunteer[]> {
  const top = volunteerTallies(db).where(`[period+${q.metric}]`).between([q.period, Dexie.minKey], [q.period, Dexie.maxKey]).reverse();
  const large = q.unit === q.station || levelOf(q.unit) === 'city' || levelOf(q.unit) === 'county';
  const tallies = q.unit === q.station
    ? await top.limit(q.limit).toArray()
    : large
      ? await top.filter((t) => isWithin(t.orgPath, q.unit)).limit(q.limit).toArray()
      : (await inUnit(db, q.period, q.unit).toArray()).sort((a, b) => b[q.metric] - a[q.metric] || (a.volunteerId < b.volunteerId ? -1 : 1)).slice(0, q.limit);
  return withVolunteers(db, tallies);
}

export interface RankedUnit {
  unit: OrgPath;
  name: string;
  tally?: UnitTally;
}

/** The unit's children ranked by the metric, read by key (one row per child). */
export async function unitRanking(db: LianxinDb, period: string, unit: OrgPath, metric: Metric): Promise<RankedUnit[]> {
  const children = childrenOf(unit);
  const rows = await unitTallies(db).bulkGet(children.map((c) => [period, c.path] as [string, string]));
  return children
    .map((c, i) => ({ unit: c.path, name: orgName(c.path), tally: rows[i] ?? undefined }))
    .sort((a, b) => (b.tally?.[metric] ?? 0) - (a.tally?.[metric] ?? 0) || a.unit.localeCompare(b.unit));
}

export async function unitFigures(db: LianxinDb, period: string, unit: OrgPath): Promise<UnitTally | undefined> {
  return unitTallies(db).get([period, unit]);
}

export interface StarProposal {
  tally: VolunteerTally;
  volunteer?: Stored<Volunteer>;
  granted: number;
  proposed: { stars: number; level: string };
}

/**
 * Volunteers this station should consider for a star: those whose lifetime hours reach the
 * lowest star it may grant (one `[period+centiHours]` range), less those already granted.
 */
export async function starProposals(db: LianxinDb, station: OrgPath, timeline: readonly EffectiveRule[], limit = 200): Promise<{ rows: StarProposal[]; more: boolean }> {
  const mine = grantableBy(station);
  if (mine.length === 0) return { rows: [], more: false };
  const thresholds = ruleOn(timeline, chinaToday()).starThresholds;
  const from = toCenti(thresholds[Math.min(...mine) - 1]!);
  const out: StarProposal[] = [];
  let more = false;
  const candidates = volunteerTallies(db).where('[period+centiHours]').between(['all', from], ['all', Dexie.maxKey]).reverse();
  const batchSize = 500;
  for (let offset = 0; ; offset += batchSize) {
    const batch = await candidates.clone().offset(offset).limit(batchSize).toArray();
    if (batch.length === 0) break;
    const grants = await db.synced('starRatings').where('volunteerId').anyOf(batch.map((t) => t.volunteerId)).toArray();
    const granted = new Map<string, number>();
    for (const g of grants) if (!g.deleted) granted.set(g.volunteerId, Math.max(granted.get(g.volunteerId) ?? 0, g.stars));
    for (const tally of batch) {
      const proposed = proposalFor(tally.centiHours, granted.get(tally.volunteerId) ?? 0, station, thresholds);
      if (proposed) out.push({ tally, granted: granted.get(tally.volunteerId) ?? 0, proposed });
    }
    if (out.length >= limit) {
      more = true;
      break;
    }
  }
  const rows = out.slice(0, limit);
  const people = await db.synced('volunteers').bulkGet(rows.map((r) => r.tally.volunteerId));
  rows.forEach((r, i) => (r.volunteer = people[i] ?? undefined));
  return { rows, more };
}

export interface Candidate {
  tally: VolunteerTally;
  volunteer?: Stored<Volunteer>;
}

/**
 * The year's excellent-volunteer candidates: every volunteer whose year reaches the hours
 * (one index range from the minimum up), then the other criteria, by points.
 */
export async function excellentCandidates(db: LianxinDb, year: number, criteria: Criteria, limit = 100): Promise<{ rows: Candidate[]; total: number }> {
  const period = `Y${year}`;
  const meeting = (await volunteerTallies(db).where('[period+centiHours]').between([period, toCenti(criteria.minHours)], [period, Dexie.maxKey]).toArray())
    .filter((t) => unmetCriteria(t, criteria).length === 0)
    .sort((a, b) => b.points - a.points || b.centiHours - a.centiHours || (a.volunteerId < b.volunteerId ? -1 : 1));
  const rows = await withVolunteers(db, meeting.slice(0, limit));
  return { rows, total: meeting.length };
}

/** The newest service records, a page at a time through the `date` index. */
export async function recordPage(db: LianxinDb, page: number, size: number): Promise<{ rows: Stored<ServiceRecord>[]; total: number; names: Map<string, string> }> {
  const [total, rows] = await Promise.all([
    db.synced('serviceRecords').count(),
    db.synced('serviceRecords').orderBy('date').reverse().offset(page * size).limit(size).toArray(),
  ]);
  return { rows, total, names: await namesOf(db, rows.map((r) => r.volunteerId)) };
}

/** The newest redemptions, a page at a time through the `at` index. */
export async function redemptionPage(db: LianxinDb, page: number, size: number): Promise<{ rows: Stored<Redemption>[]; total: number; names: Map<string, string> }> {
  const [total, rows] = await Promise.all([
    db.synced('redemptions').count(),
    db.synced('redemptions').orderBy('at').reverse().offset(page * size).limit(size).toArray(),
  ]);
  return { rows, total, names: await namesOf(db, rows.map((r) => r.volunteerId)) };
}

/** The newest star grants of this station's scope. */
export async function recentGrants(db: LianxinDb, limit = 50): Promise<{ rows: Stored<StarRating>[]; names: Map<string, string> }> {
  const rows = (await db.synced('starRatings').orderBy('grantedAt').reverse().limit(limit).toArray()).filter((g) => !g.deleted);
  return { rows, names: await namesOf(db, rows.map((r) => r.volunteerId)) };
}

export async function namesOf(db: LianxinDb, ids: string[]): Promise<Map<string, string>> {
  const people = await db.synced('volunteers').bulkGet([...new Set(ids)]);
  return new Map(people.filter((v): v is Stored<Volunteer> => v !== undefined).map((v) => [v.id, v.name]));
}

export async function ruleTimelineOf(db: LianxinDb): Promise<EffectiveRule[]> {
  return ruleTimeline(await db.synced('pointsRules').toArray());
}
