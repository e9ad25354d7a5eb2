/**
 * 星级 stars from accumulated service hours. A volunteer reaches ★ at exactly the first
 * threshold (100 h by default) and not a hundredth of an hour before: hours are compared in
 * whole hundredths. The system proposes; the level entitled to a star grants it — a county
 * station ★–★★, the city ★★★–★★★★, and ★★★★★ (the province's) is recorded by the city as
 * granted outside.
 */
import { levelOf, type OrgPath } from '../org/org-path';
import { DEFAULT_STAR_THRESHOLDS } from './rule';

export type Stars = 0 | 1 | 2 | 3 | 4 | 5;
export type GrantLevel = 'county' | 'city' | 'external';

export function starsFor(centiHours: number, thresholds: readonly number[] = DEFAULT_STAR_THRESHOLDS): Stars {
  let stars = 0;
  for (const h of thresholds) if (centiHours >= Math.round(h * 100)) stars += 1;
  return Math.min(stars, 5) as Stars;
}

/** Hours still needed for the next star (null at ★★★★★). */
export function toNextStar(centiHours: number, thresholds: readonly number[] = DEFAULT_STAR_THRESHOLDS): { stars: Stars; next: number | null; centiHoursLeft: number } {
  const stars = starsFor(centiHours, thresholds);
  const next = thresholds[stars];
  return { stars, next: next ?? null, centiHoursLeft: next === undefined ? 0 : Math.round(next * 100) - centiHours };
}

/** Who is entitled to grant a star level. */
export function grantLevelOf(stars: number): GrantLevel {
  return stars <= 2 ? 'county' : stars <= 4 ? 'city' : 'external';
}

/** The star levels a station may record: a county its ★–★★, the city ★★★–★★★★ and the province's ★★★★★ as external. */
export function grantableBy(stationPath: OrgPath): number[] {
  const level = levelOf(stationPath);
  if (level === 'county') return [1, 2];
  if (level === 'city') return [3, 4, 5];
  return [];
}

/**
 * What a station should grant now: the highest level the hours earn that is above what was
 * granted and that this station may record, or null.
 */
export function proposalFor(centiHours: number, granted: number, stationPath: OrgPath, thresholds: readonly number[] = DEFAULT_STAR_THRESHOLDS): { stars: number; level: GrantLevel } | null {
  const earned = starsFor(centiHours, thresholds);
  const mine = grantableBy(stationPath).filter((s) => s > granted && s <= earned);
  if (mine.length === 0) return null;
  const stars = Math.max(...mine);
  return { stars, level: grantLevelOf(stars) };
}
