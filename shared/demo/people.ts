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

/**
 * Birth date and ID sequence number of the i-th person of a register, unique for every i below
 * about ten times the days in the age range (≈ 219,000 for ages 18–78): day = i·P mod D with P
 * prime to D, and the sequence block is ⌊i / D⌋. One ID number registers once, so the demo
 * register must never repeat one (a random sequence did, ~100 times in 181,000).
 */
export function uniqueBirth(rng: Rng, now: number, minAge: number, maxAge: number, index: number, gender: Gender): { birth: string; seq: number } {
  const days = Math.floor((maxAge - minAge) * 365.2425);
  let step = 7919;
  while (gcd(step, days) !== 1) step += 2;
  const offset = (index * step) % days;
  const block = Math.floor(index / days) % 10;
  const birth = cstDate(now - CST_OFFSET_MS - minAge * YEAR_MS - offset * DAY_MS);
  return { birth, seq: (block * 50 + rng.int(0, 49)) * 2 + (gender === 'male' ? 1 : 0) };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** A valid ID number: county area code, birth date, sequence whose last digit's parity is the gender. */
export function residentIdFor(ctx: DemoContext, rng: Rng, village: OrgPath, birth: string, gender: Gender, sequence?: number): string {
  const areaCode = ctx.unit(countyOf(village)).areaCode ?? '330400';
  const seq = String(sequence ?? rng.int(0, 499) * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
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
