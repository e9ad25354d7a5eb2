/** Demo volunteers (志愿者): mostly party members, at a village, with skills from SKILLS. */
import type { Team, Volunteer } from '../domain/entities';
import { SKILLS } from '../catalogue/skills';
import { DAY_MS, townOf, type DemoContext } from './context';
import { chineseName } from './names';
import { mobile, residentIdFor, uniqueBirth } from './people';
import { teamId, teamIndexOf, type TeamPlan } from './teams';

/** Which kind of team a skill's professional field belongs to. */
const FIELD_TEAM: Record<string, Team['type']> = {
  医疗: 'health', 心理: 'health', 法律: 'legal', 金融: 'financial', 维修: 'life', 家政: 'life', 交通: 'life',
  信息技术: 'life', 社工: 'care', 教育: 'care', 应急: 'emergency', 公益: 'emergency', 文体: 'other',
};
const AVAILABILITY = ['工作日白天', '工作日晚间', '周末', '随时', '节假日'];

function volunteerCreatedAt(ctx: DemoContext, i: number): number {
  return ctx.now - (30 + ctx.timeRng('volunteers', i).next() * 5 * 365) * DAY_MS;
}

export function volunteerId(ctx: DemoContext, i: number): string {
  return ctx.idOf('volunteers', i, volunteerCreatedAt(ctx, i));
}

export function volunteer(ctx: DemoContext, plan: TeamPlan, i: number): Volunteer {
  if (!(i >= 0 && i < ctx.counts.volunteers)) throw new RangeError(`No demo volunteer ${i}`);
  const rng = ctx.rng('volunteers', i);
  const village = ctx.villages[i % ctx.villages.length] as string;
  const gender = rng.chance(0.55) ? 'male' : 'female';
  const name = chineseName(rng, gender);
  const { birth, seq } = uniqueBirth(rng, ctx.now, 18, 78, i, gender);
  const political = rng.next();
  const skillCount = rng.int(1, 3);
  const skills = new Set<string>();
  while (skills.size < skillCount) skills.add(rng.pick(SKILLS).code);
  const firstSkill = SKILLS.find((s) => skills.has(s.code));
  const teams = new Set<string>();
  const led = plan.ledBy.get(i);
  if (led !== undefined) teams.add(teamId(ctx, plan, led));
  if (rng.chance(0.5)) teams.add(teamId(ctx, plan, teamIndexOf(plan, townOf(village), FIELD_TEAM[firstSkill?.field ?? ''] ?? 'other')));
  const status = rng.next();
  const createdAt = volunteerCreatedAt(ctx, i);
  const partyMember = political < 0.82;
  const stamp = ctx.stamp('volunteers', i, createdAt, createdAt + rng.next() * (ctx.now - createdAt));
  // Built by assignment, not object spread (see residents.ts).
  const v: Volunteer = {
    id: stamp.id,
    orgPath: village,
    createdAt: stamp.createdAt,
    updatedAt: stamp.updatedAt,
    updatedBy: stamp.updatedBy,
    volunteerNo: `3304${String(i + 1).padStart(8, '0')}`,
    name: name.name,
    namePinyin: name.pinyin,
    nameInitials: name.initials,
    gender,
    birthDate: birth,
    idNumber: residentIdFor(ctx, rng, village, birth, gender, seq),
    mobile: mobile(rng),
    politicalStatus: partyMember ? 'partyMember' : political < 0.9 ? 'leagueMember' : 'masses',
    skills: [...skills],
    teamIds: [...teams],
    servicePoint: village,
    availability: rng.pick(AVAILABILITY),
    status: led !== undefined || status < 0.9 ? 'active' : status < 0.97 ? 'inactive' : 'left',
    totalHours: Math.round(Math.pow(rng.next(), 2.2) * 1600 * 2) / 2,
  };
  if (partyMember) v.partyBranch = `${ctx.unit(village).name}党支部`;
  if (firstSkill) v.professionalField = firstSkill.field;
  return v;
}
