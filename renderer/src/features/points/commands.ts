/**
 * What the points area changes, each in ONE data-layer transaction: an organised activity
 * with its sign-in list and the hours it credits, a redemption of points for goods, a star
 * granted, a new version of the points rules. Each checks first and writes nothing on a
 * problem. The data layer is a parameter so two stations can be driven in one test.
 */
import type { Activity, PointsRule, Redemption, ServiceRecord, StarRating } from '../../../../shared/domain/entities';
import { checkActivityHours } from '../../../../shared/points/hours';
import { redemptionProblem } from '../../../../shared/points/balance';
import { checkRule, type RuleSettings } from '../../../../shared/points/rule';
import { grantableBy, grantLevelOf, proposalFor } from '../../../../shared/points/stars';
import { CITY_PATH, type OrgPath } from '../../../../shared/org/org-path';
import type { Actor, DataLayer } from '../../db/data-layer';
import type { Stored } from '../../db/schema';
import { clockFor, readDevice } from '../../db/device';
import { HoursRefused, PointsInputRefused } from './errors';
import { chinaDate } from './service-records';
import { volunteerPoints } from './ledger';

export interface ActivityInput {
  title: string;
  place: string;
  startAt: string;
  endAt: string;
  personInCharge: string;
  beneficiary: string;
  content: string;
  quality?: ServiceRecord['quality'];
  /** The sign-in list: each attendee and the hours they served (travel excluded). */
  attendees: { volunteerId: string; hours: number }[];
}

function required(input: ActivityInput): { field: string; code: string }[] {
  const problems: { field: string; code: string }[] = [];
  for (const f of ['title', 'place', 'personInCharge', 'content'] as const) if (!input[f]?.trim()) problems.push({ field: f, code: 'required' });
  if (!(Date.parse(input.endAt) > Date.parse(input.startAt))) problems.push({ field: 'endAt', code: 'endBeforeStart' });
  if (input.attendees.length === 0) problems.push({ field: 'attendees', code: 'required' });
  if (new Set(input.attendees.map((a) => a.volunteerId)).size !== input.attendees.length) problems.push({ field: 'attendees', code: 'duplicate' });
  return problems;
}

/** 活动 an activity and one service record per attendee; hours over the activity's length are refused. */
export async function recordActivity(data: DataLayer, actor: Actor, stationPath: OrgPath, recorder: string, input: ActivityInput): Promise<Stored<Activity>> {
  const problems = required(input);
  if (problems.length) throw new PointsInputRefused(problems);
  const hours = checkActivityHours(input.startAt, input.endAt, input.attendees);
  if (hours.length) throw new HoursRefused(hours);
  return data.transaction(actor, ['activities', 'serviceRecords', 'volunteers'], async (w) => {
    const activity = await w.create('activities', {
      orgPath: stationPath, title: input.title.trim(), place: input.place.trim(), startAt: input.startAt, endAt: input.endAt,
      personInCharge: input.personInCharge.trim(), attendeeIds: input.attendees.map((a) => a.volunteerId),
    });
    for (const a of input.attendees) {
      const volunteer = await data.db.synced('volunteers').get(a.volunteerId);
      await w.create('serviceRecords', {
        orgPath: volunteer && !volunteer.deleted ? volunteer.orgPath : stationPath,
        volunteerId: a.volunteerId, source: 'activity', sourceId: activity.id, date: chinaDate(input.startAt),
        place: activity.place, beneficiary: input.beneficiary.trim(), content: `${activity.title}:${input.content.trim()}`,
        hours: a.hours, personInCharge: activity.personInCharge, recorder, startAt: input.startAt, endAt: input.endAt,
        ...(input.quality ? { quality: input.quality } : {}),
      });
    }
    return activity;
  });
}

export class RedemptionRefused extends Error {
  constructor(readonly code: 'notPositive' | 'overdraw' | 'goods' | 'unknownVolunteer', readonly balance: number) {
    super(`redemption refused: ${code}`);
    this.name = 'RedemptionRefused';
  }
}

/**
 * 兑换 points for goods at this station. The balance is computed inside the transaction from
 * the records and redemptions this station holds, so two windows cannot both spend the same
 * points; a redemption made offline at another station can still meet this one at the centre,
 * and then the later one is flagged (shared/points/balance.ts).
 */
export async function redeem(data: DataLayer, actor: Actor, stationPath: OrgPath, input: { volunteerId: string; goods: string; points: number }, now = Date.now()): Promise<Stored<Redemption>> {
  const { db } = data;
  return data.transaction(actor, ['redemptions', 'serviceRecords', 'pointsRules', 'starRatings', 'volunteers', 'workCalendars'], async (w) => {
    const volunteer = await db.synced('volunteers').get(input.volunteerId);
    if (!volunteer || volunteer.deleted) throw new RedemptionRefused('unknownVolunteer', 0);
    const { balance } = await volunteerPoints(db, input.volunteerId, now);
    if (!input.goods?.trim()) throw new RedemptionRefused('goods', balance.balance);
    const problem = redemptionProblem(input.points, balance.balance);
    if (problem) throw new RedemptionRefused(problem, balance.balance);
    const hlc = clockFor(await readDevice(db.meta)).tick();
    return w.create('redemptions', {
      orgPath: volunteer.orgPath, volunteerId: volunteer.id, goods: input.goods.trim(), points: input.points,
      at: new Date(now).toISOString(), hlc, stationPath,
    });
  });
}

/** Withdraws a redemption (the goods came back, or an overdraw was settled by taking it back). */
export async function withdrawRedemption(data: DataLayer, actor: Actor, id: string): Promise<void> {
  await data.remove(actor, 'redemptions', id);
}

export class StarRefused extends Error {
  constructor(readonly code: 'notEntitled' | 'notEarned') {
    super(`star refused: ${code}`);
    this.name = 'StarRefused';
  }
}

/**
 * 授予星级: only the level entitled to it (county ★–★★, city ★★★–★★★★, the city records ★★★★★
 * as granted by the province), and only when the hours have earned it. The grant is kept at
 * the volunteer's unit, beside the earlier ones: the history is never overwritten.
 */
export async function grantStar(data: DataLayer, actor: Actor, stationPath: OrgPath, input: { volunteerId: string; stars: number; grantedBy: string; note?: string }, now = Date.now()): Promise<Stored<StarRating>> {
  const { db } = data;
  return data.transaction(actor, ['starRatings', 'serviceRecords', 'pointsRules', 'redemptions', 'volunteers', 'workCalendars'], async (w) => {
    const volunteer = await db.synced('volunteers').get(input.volunteerId);
    if (!volunteer || volunteer.deleted || !grantableBy(stationPath).includes(input.stars)) throw new StarRefused('notEntitled');
    const p = await volunteerPoints(db, input.volunteerId, now);
    const proposal = proposalFor(p.centiHours, p.granted, stationPath, p.current.starThresholds);
    if (!proposal || input.stars > proposal.stars || input.stars <= p.granted) throw new StarRefused('notEarned');
    return w.create('starRatings', {
      orgPath: volunteer.orgPath, volunteerId: volunteer.id, stars: input.stars as StarRating['stars'], hoursAtGrant: p.centiHours / 100,
      grantedBy: input.grantedBy.trim() || stationPath, grantedAt: new Date(now).toISOString(), level: grantLevelOf(input.stars), stationPath,
      ...(input.note?.trim() ? { note: input.note.trim() } : {}),
    });
  });
}

/** Only the city centre's station sets the rules; they are shared down to every station. */
export function mayEditRules(stationPath: OrgPath): boolean {
  return stationPath === CITY_PATH;
}

/** A new version of the points rules, effective from its date (earlier versions stay, for traceability). */
export async function saveRule(data: DataLayer, actor: Actor, stationPath: OrgPath, input: unknown): Promise<Stored<PointsRule>> {
  if (!mayEditRules(stationPath)) throw new PointsInputRefused([{ field: 'station', code: 'notCity' }]);
  const checked = checkRule(input);
  if (!checked.ok) throw new PointsInputRefused(checked.problems);
  const value: RuleSettings = checked.value;
  return data.create(actor, 'pointsRules', { orgPath: CITY_PATH, ...value });
}
