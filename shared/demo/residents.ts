/** Demo vulnerable residents (弱势群体): elderly living alone, disabled, low-income, party members in difficulty. */
import type { Resident, ResidentCategory } from '../domain/entities';
import { DAY_MS, type DemoContext } from './context';
import { chineseName } from './names';
import type { Rng } from './rng';
import { address, birthDate, mobile, residentIdFor } from './people';
import { addressKeys } from '../residents/search';

const DISABILITY_TYPES = ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental'] as const;
const INCOME = ['养老金', '子女赡养', '低保金', '务农收入', '退休工资'];
const NEEDS = ['定期探访', '助餐', '代配药', '家电维修', '陪同就医', '精神慰藉', '助浴', '适老化改造'];

function residentCreatedAt(ctx: DemoContext, i: number): number {
  return ctx.now - (10 + ctx.timeRng('residents', i).next() * 4 * 365) * DAY_MS;
}

export function residentId(ctx: DemoContext, i: number): string {
  return ctx.idOf('residents', i, residentCreatedAt(ctx, i));
}

/** 残疾人证: the card number is the ID number followed by the type code (1–6) and the grade. */
function disability(rng: Rng, idNumber: string): NonNullable<Resident['disability']> {
  const t = rng.int(0, DISABILITY_TYPES.length - 1);
  const grade = rng.pick([1, 2, 3, 4] as const);
  const card: NonNullable<Resident['disability']> = { cardNo: `${idNumber}${t + 1}${grade}`, type: DISABILITY_TYPES[t] as NonNullable<Resident['disability']>['type'], grade };
  if (rng.chance(0.6)) card.guardian = chineseName(rng, rng.chance(0.5) ? 'male' : 'female').name;
  return card;
}

export function resident(ctx: DemoContext, i: number): Resident {
  if (!(i >= 0 && i < ctx.counts.residents)) throw new RangeError(`No demo resident ${i}`);
  const rng = ctx.rng('residents', i);
  const village = ctx.villages[i % ctx.villages.length] as string;
  const roll = rng.next();
  const categories: ResidentCategory[] = roll < 0.55 ? ['elderly'] : roll < 0.8 ? ['disabled'] : roll < 0.93 ? ['lowIncome'] : ['partyMemberInDifficulty'];
  if (categories[0] !== 'lowIncome' && rng.chance(0.15)) categories.push('lowIncome');
  const elderly = categories[0] === 'elderly' || categories[0] === 'partyMemberInDifficulty';
  const gender = rng.chance(0.45) ? 'male' : 'female';
  const name = chineseName(rng, gender);
  const birth = elderly ? birthDate(rng, ctx.now, 60, 96) : birthDate(rng, ctx.now, 8, 85);
  const hasId = rng.chance(0.9);
  const idNumber = residentIdFor(ctx, rng, village, birth, gender);
  const createdAt = residentCreatedAt(ctx, i);
  const riskRoll = rng.next();
  const alone = rng.chance(0.5);
  const stamp = ctx.stamp('residents', i, createdAt, createdAt + rng.next() * (ctx.now - createdAt));
  // Built by assignment, not object spread: spreading is many times slower on Node 20, and a
  // million-record demo is all object building.
  const r: Resident = {
    id: stamp.id,
    orgPath: village,
    createdAt: stamp.createdAt,
    updatedAt: stamp.updatedAt,
    updatedBy: stamp.updatedBy,
    name: name.name,
    namePinyin: name.pinyin,
    nameInitials: name.initials,
    address: address(ctx, rng, village),
    categories,
    riskLevel: riskRoll < 0.6 ? 'low' : riskRoll < 0.9 ? 'medium' : 'high',
  };
  // Found by part of the address at the intake (shared/residents/search); derived, so the draws stay the same.
  r.addressKeys = addressKeys(r.address);
  if (hasId) r.idNumber = idNumber;
  if (rng.chance(0.7)) r.mobile = mobile(rng);
  if (categories.includes('disabled')) r.disability = disability(rng, idNumber);
  if (elderly) {
    r.elderly = { livingSituation: alone ? 'alone' : 'emptyNest', incomeSource: rng.pick(INCOME) };
    if (!alone) r.elderly.spouse = chineseName(rng, gender === 'male' ? 'female' : 'male').name;
  }
  r.emergencyContact = `${chineseName(rng, rng.chance(0.5) ? 'male' : 'female').name} ${mobile(rng)}`;
  r.needs = rng.pick(NEEDS);
  return r;
}
