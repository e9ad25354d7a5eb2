/**
 * Demo help requests (工单) over the 24 months before `now`. Request i is received at
 * start + (i + u_i) · span / count with u_i in [0, 1) from its own time stream, so indexes are in
 * time order, any slice can be generated alone, and per-day numbers (JX20261128-0001) follow.
 */
import type { HelpRequest, RequestType, Team } from '../domain/entities';
import { CATALOGUE_ITEMS, type CatalogueItem } from '../catalogue/catalogue';
import { DAY_MS, cstDate, cstDayStart, townOf, type DemoContext } from './context';
import { dueAt } from './due';
import { chineseName } from './names';
import { address, mobile } from './people';
import { CALLED_BACK, CLOSED_STATUSES, statusForAge } from './request-status';
import { resident, residentId } from './residents';
import type { Rng } from './rng';
import { teamId, teamIndexOf, type TeamPlan } from './teams';
import { volunteerId } from './volunteers';

export const REQUEST_SPAN_MS = 730 * DAY_MS;
const SOURCES = [['hotline', 0.55], ['visit', 0.2], ['walkIn', 0.1], ['app', 0.12], ['other', 0.03]] as const;
/** Which town team takes a request of each category when it goes to a team. */
const CATEGORY_TEAM: Record<string, Team['type']> = { C1: 'life', C2: 'legal', C3: 'health', C4: 'care', C5: 'emergency' };
const SATISFACTION = [['satisfied', 0.85], ['basicallySatisfied', 0.12], ['dissatisfied', 0.03]] as const;
const URGENCY = [['normal', 0.86], ['urgent', 0.11], ['emergency', 0.03]] as const;
const TYPES: readonly RequestType[] = ['consultation', 'help', 'complaint', 'suggestion'];

export function receivedAt(ctx: DemoContext, i: number): number {
  const u = ctx.timeRng('requests', i).next();
  return Math.floor(ctx.now - REQUEST_SPAN_MS + ((i + u) * REQUEST_SPAN_MS) / ctx.counts.requests);
}

// Sequential generation asks for the same day over and over; remember its first index.
const firstOfDay = new WeakMap<DemoContext, Map<number, number>>();

/** The index of the first request received on or after `dayStart`. */
function firstIndexFrom(ctx: DemoContext, dayStart: number): number {
  let days = firstOfDay.get(ctx);
  if (!days) firstOfDay.set(ctx, (days = new Map()));
  const known = days.get(dayStart);
  if (known !== undefined) return known;
  if (days.size > 4096) days.clear();
  const x = ((dayStart - (ctx.now - REQUEST_SPAN_MS)) * ctx.counts.requests) / REQUEST_SPAN_MS;
  let j = Math.max(0, Math.floor(x) - 1);
  while (receivedAt(ctx, j) < dayStart) j++;
  days.set(dayStart, j);
  return j;
}

export function requestNumber(ctx: DemoContext, i: number): string {
  const at = receivedAt(ctx, i);
  const seq = i - firstIndexFrom(ctx, cstDayStart(at)) + 1;
  return `JX${cstDate(at).replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;
}

function weighted<T>(rng: Rng, table: readonly (readonly [T, number])[]): T {
  let roll = rng.next();
  for (const [value, weight] of table) if ((roll -= weight) < 0) return value;
  return (table[0] as readonly [T, number])[0];
}

function describe(rng: Rng, item: CatalogueItem, type: RequestType, where: string): string {
  const about = rng.pick(item.keywords);
  switch (type) {
    case 'consultation': return `来电咨询${item.name}相关问题，涉及“${about}”，请予以解答。`;
    case 'complaint': return `${where}居民反映“${about}”问题，对此不满，要求尽快处理并答复。`;
    case 'suggestion': return `${where}居民就${item.name}提出建议，关于“${about}”，希望采纳。`;
    default: return `${where}居民反映“${about}”，需要${item.name}服务。`;
  }
}

/** Someone living in `village` among the first `count` people of a table, or undefined. */
function personAt(ctx: DemoContext, rng: Rng, village: string, count: number): number | undefined {
  const p = ctx.villageIndex.get(village) ?? 0;
  if (p >= count) return undefined;
  return p + rng.int(0, Math.floor((count - 1 - p) / ctx.villages.length)) * ctx.villages.length;
}

export function request(ctx: DemoContext, plan: TeamPlan, i: number): HelpRequest {
  if (!(i >= 0 && i < ctx.counts.requests)) throw new RangeError(`No demo request ${i}`);
  const rng = ctx.rng('requests', i);
  const at = receivedAt(ctx, i);
  const village = rng.pick(ctx.villages);
  const item = rng.pick(CATALOGUE_ITEMS);
  const type = rng.chance(0.85) ? item.defaultType : rng.pick(TYPES);
  const urgency = item.code === 'C5-01' ? (rng.chance(0.6) ? 'emergency' : 'urgent') : weighted(rng, URGENCY);
  const due = dueAt(at, item.timeLimitTier, urgency);
  const status = statusForAge(rng, (ctx.now - at) / DAY_MS);
  const closed = CLOSED_STATUSES.has(status);
  const closedAt = closed ? Math.max(at, Math.min(at + (0.05 + rng.next() * 1.25) * (due - at), ctx.now - 60_000)) : undefined;
  const lastChange = closedAt !== undefined ? Math.min(closedAt + (CALLED_BACK.has(status) ? DAY_MS : 0), ctx.now) : at + rng.next() * (ctx.now - at);
  const residentIndex = rng.chance(0.3) ? personAt(ctx, rng, village, ctx.counts.residents) : undefined;
  const caller = residentIndex !== undefined ? resident(ctx, residentIndex) : undefined;
  const callerName = caller ? { name: caller.name, pinyin: caller.namePinyin, initials: caller.nameInitials } : chineseName(rng, rng.chance(0.5) ? 'male' : 'female');
  const where = ctx.unit(village).name;
  const volunteerIndex = status === 'intake' || status === 'returned' || status === 'escalated' ? undefined : personAt(ctx, rng, village, ctx.counts.volunteers);
  const byTeam = volunteerIndex === undefined || rng.chance(0.3);
  const overdueBy = (closedAt ?? ctx.now) - due;
  const stamp = ctx.stamp('requests', i, at, lastChange);
  // Built by assignment, not object spread (see residents.ts).
  const r: HelpRequest = {
    id: stamp.id,
    orgPath: village,
    createdAt: stamp.createdAt,
    updatedAt: stamp.updatedAt,
    updatedBy: stamp.updatedBy,
    number: requestNumber(ctx, i),
    callerName: callerName.name,
    callerPinyin: callerName.pinyin,
    callerInitials: callerName.initials,
    callerMobile: caller?.mobile ?? mobile(rng),
    address: caller?.address ?? address(ctx, rng, village),
    itemCode: item.code,
    categoryCode: item.categoryCode,
    type,
    source: weighted(rng, SOURCES),
    urgency,
    description: describe(rng, item, type, where),
    status,
    receivedAt: new Date(at).toISOString(),
    dueAt: new Date(due).toISOString(),
    supervision: overdueBy > 3 * DAY_MS ? 'red' : overdueBy > 0 ? 'yellow' : 'normal',
  };
  if (residentIndex !== undefined) r.residentId = residentId(ctx, residentIndex);
  if (closedAt !== undefined) r.closedAt = new Date(closedAt).toISOString();
  if (status === 'escalated') {
    r.assigneeKind = 'orgUnit';
    r.assigneeId = townOf(village);
  } else if (status !== 'intake' && status !== 'returned') {
    r.assigneeKind = byTeam ? 'team' : 'volunteer';
    r.assigneeId = byTeam || volunteerIndex === undefined
      ? teamId(ctx, plan, teamIndexOf(plan, townOf(village), CATEGORY_TEAM[item.categoryCode] ?? 'other'))
      : volunteerId(ctx, volunteerIndex);
  }
  if (CALLED_BACK.has(status)) r.satisfaction = weighted(rng, SATISFACTION);
  return r;
}
