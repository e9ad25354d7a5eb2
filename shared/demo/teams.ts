/**
 * Demo service teams: one team per type in every town, county and the city, each a child of
 * the same type's team one level up. Team t's leader is a volunteer living in its area, chosen by
 * index, so a volunteer can tell which team it leads without generating the teams.
 */
import type { Team } from '../domain/entities';
import { CITY_PATH, type OrgPath } from '../org/org-path';
import { childrenOf } from '../org/org-tree';
import { DAY_MS, type DemoContext } from './context';

export const TEAM_TYPES: readonly Team['type'][] = ['health', 'legal', 'financial', 'life', 'care', 'emergency', 'other'];
const TYPE_NAMES: Record<Team['type'], string> = {
  health: '医疗健康', legal: '法律服务', financial: '金融服务', life: '生活服务', care: '帮困关爱', emergency: '应急救援', other: '文明实践',
};
const SERVICE_OBJECTS: Record<Team['type'], string> = {
  health: '老年人、慢病患者', legal: '居民、企业', financial: '老年人、小微企业', life: '独居老人、困难家庭',
  care: '空巢老人、残障人士、留守儿童', emergency: '全体居民', other: '社区居民',
};

export interface TeamPlan {
  /** Org unit of each team slot, in team-index order; team index = unit slot * 7 + type. */
  units: OrgPath[];
  /** Volunteer index of each team's leader (absent where there are too few volunteers). */
  leaders: Map<number, number>;
  /** The reverse: which team a volunteer index leads. */
  ledBy: Map<number, number>;
  /** Team ids by index, filled on first use. */
  ids: string[];
}

export function planTeams(ctx: DemoContext): TeamPlan {
  const counties = childrenOf(CITY_PATH).map((c) => c.path);
  const towns = counties.flatMap((c) => childrenOf(c).map((t) => t.path));
  const units = [CITY_PATH, ...counties, ...towns];
  // The first village (in the seeded order) of every town: where its team leaders live.
  const leadVillage = new Map<OrgPath, number>();
  ctx.villages.forEach((v, p) => {
    const town = v.split('/').slice(0, 3).join('/');
    if (!leadVillage.has(town)) leadVillage.set(town, p);
  });
  const V = ctx.villages.length;
  const leaders = new Map<number, number>();
  units.forEach((unit, slot) => {
    const town = unit.split('/').length === 3 ? unit : `${unit === CITY_PATH ? counties[0] : unit}/T01`;
    const round = unit === CITY_PATH ? 2 : unit.split('/').length === 2 ? 1 : 0;
    TEAM_TYPES.forEach((_, type) => {
      const volunteer = (leadVillage.get(town) ?? 0) + (round * TEAM_TYPES.length + type) * V;
      if (volunteer < ctx.counts.volunteers) leaders.set(slot * TEAM_TYPES.length + type, volunteer);
    });
  });
  const ledBy = new Map([...leaders].map(([team, volunteer]) => [volunteer, team]));
  return { units, leaders, ledBy, ids: [] };
}

export function teamCount(plan: TeamPlan): number {
  return plan.units.length * TEAM_TYPES.length;
}

export function teamId(ctx: DemoContext, plan: TeamPlan, i: number): string {
  return (plan.ids[i] ??= ctx.idOf('teams', i, teamCreatedAt(ctx, i)));
}

function teamCreatedAt(ctx: DemoContext, i: number): number {
  return ctx.now - 6 * 365 * DAY_MS + ctx.timeRng('teams', i).next() * 365 * DAY_MS;
}

/** The team of a given type in a unit (city, county or town). */
export function teamIndexOf(plan: TeamPlan, unit: OrgPath, type: Team['type']): number {
  return plan.units.indexOf(unit) * TEAM_TYPES.length + TEAM_TYPES.indexOf(type);
}

export function team(ctx: DemoContext, plan: TeamPlan, i: number, volunteerId: (i: number) => string): Team {
  const slot = Math.floor(i / TEAM_TYPES.length);
  const type = TEAM_TYPES[i % TEAM_TYPES.length] as Team['type'];
  const unit = plan.units[slot];
  if (unit === undefined) throw new RangeError(`No demo team ${i}`);
  const depth = unit.split('/').length;
  const level = depth === 1 ? 'city' : depth === 2 ? 'county' : 'town';
  const parentUnit = unit.split('/').slice(0, -1).join('/');
  const leader = plan.leaders.get(i);
  const createdAt = teamCreatedAt(ctx, i);
  return {
    ...ctx.stamp('teams', i, createdAt, createdAt + ctx.rng('teams', i).next() * (ctx.now - createdAt)),
    orgPath: unit,
    name: `${ctx.unit(unit).name}${TYPE_NAMES[type]}志愿服务队`,
    type,
    level,
    ...(leader !== undefined ? { leaderId: volunteerId(leader) } : {}),
    ...(parentUnit ? { parentTeamId: teamId(ctx, plan, teamIndexOf(plan, parentUnit, type)) } : {}),
    serviceObjects: SERVICE_OBJECTS[type],
  };
}
