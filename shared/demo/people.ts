/**
 * Personal details shared by volunteers, residents and callers: valid GB 11643 ID numbers whose
 * area code is the person's county, valid mobiles, addresses, and cached pinyin search keys.
 */
import type { Gender } from '../domain/entities';
import type { OrgPath } from '../org/org-path';
import { residentIdCheckChar } from '../validation/resident-id';
import { CST_OFFSET_MS, DAY_MS, countyOf, cstDate, townOf, type DemoContext } from './context';
import type { Rng } from './rng';

const YEAR_MS = 365.2425 * DAY_MS;

/** A birth date (China time) for someone aged between minAge and maxAge at `now`. */
export function birthDate(rng: Rng, now: number, minAge: number, maxAge: number): string {
  const age = minAge + rng.next() * (maxAge - minAge);
  return cstDate(now - CST_OFFSET_MS - age * YEAR_MS);
}

/** A valid ID number: county area code, birth date, sequence whose last digit's parity is the gender. */
export function residentIdFor(ctx: DemoContext, rng: Rng, village: OrgPath, birth: string, gender: Gender): string {
  const areaCode = ctx.unit(countyOf(village)).areaCode ?? '330400';
  const seq = String(rng.int(0, 499) * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
  const first17 = areaCode + birth.replaceAll('-', '') + seq;
  return first17 + residentIdCheckChar(first17);
}

const PREFIXES = ['133', '135', '136', '137', '138', '139', '150', '151', '152', '157', '158', '159', '177', '180', '181', '187', '188', '189', '198'];
export function mobile(rng: Rng): string {
  return rng.pick(PREFIXES) + String(rng.int(0, 99_999_999)).padStart(8, '0');
}

export function address(ctx: DemoContext, rng: Rng, village: OrgPath): string {
  const town = ctx.unit(townOf(village)).name;
  const unit = ctx.unit(village).name;
  return unit.endsWith('社区')
    ? `${town}${unit}${rng.int(1, 40)}幢${rng.int(1, 6)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室`
    : `${town}${unit}${rng.int(1, 12)}组${rng.int(1, 120)}号`;
}
