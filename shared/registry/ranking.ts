/**
 * 派单建议 dispatch suggestions: who should take a request, best first, and why. The rule weighs,
 * in this order of strength: the service item's skills, nearness in the org tree (same village,
 * then town, then county), availability at the time of the request, open load, and how satisfied
 * the people served before were. Every point of the score comes with a reason the clerk can read.
 */
import type { OrgPath } from '../org/org-path';
import type { AvailabilityMatch } from './availability';

export type AssigneeKind = 'volunteer' | 'team' | 'enterprise' | 'provider';

export interface Candidate {
  kind: AssigneeKind;
  id: string;
  name: string;
  /** Where the candidate lives or is based (a volunteer's service point, a team's org unit). */
  place: OrgPath;
  /** Which of the item's skills it offers; `covers` means it is registered for the service item itself. */
  skills: string[];
  covers?: boolean;
  availability: AvailabilityMatch;
  /** Requests assigned to it and not yet completed. */
  openLoad: number;
  /** Past requests with a satisfaction rating. */
  rated: number;
  /** Weighted satisfied share of those: satisfied 1, basically satisfied 0.5. */
  satisfied: number;
}

export type ReasonCode =
  | 'skills' | 'coversItem' | 'noSkillNeeded' | 'sameVillage' | 'sameTown' | 'sameCounty' | 'sameCity'
  | 'available' | 'notAvailable' | 'availabilityUnknown' | 'openLoad' | 'noLoad' | 'satisfaction' | 'noRatings';

export interface Reason {
  code: ReasonCode;
  /** Points this reason added (negative: took away). */
  points: number;
  params?: Record<string, string | number>;
}

export interface Suggestion {
  candidate: Candidate;
  score: number;
  reasons: Reason[];
}

export interface RankInput {
  /** Skills the service item needs (may be empty: anyone may help). */
  skills: string[];
  /** Where help is needed: the request's org path. */
  place: OrgPath;
}

export const WEIGHTS = { skill: 40, village: 30, town: 20, county: 10, available: 10, notAvailable: -15, perOpen: -6, maxLoad: -30, satisfaction: 15 } as const;
/** Ratings a newcomer is assumed to have, at the average: one lucky "satisfied" must not beat fifty. */
const PRIOR_RATED = 5;
const PRIOR_SHARE = 0.8;

function commonDepth(a: OrgPath, b: OrgPath): number {
  const x = a.split('/');
  const y = b.split('/');
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

export function score(input: RankInput, c: Candidate): Suggestion {
  const reasons: Reason[] = [];
  if (c.covers) reasons.push({ code: 'coversItem', points: WEIGHTS.skill });
  else if (input.skills.length === 0) reasons.push({ code: 'noSkillNeeded', points: 0 });
  else {
    const matched = input.skills.filter((s) => c.skills.includes(s));
    reasons.push({ code: 'skills', points: Math.round((WEIGHTS.skill * matched.length) / input.skills.length), params: { matched: matched.join(','), of: input.skills.length } });
  }
  // Depth of the common ancestor: 4 same village, 3 same town, 2 same county, 1 the city.
  const depth = commonDepth(input.place, c.place);
  if (depth >= 4) reasons.push({ code: 'sameVillage', points: WEIGHTS.village });
  else if (depth === 3) reasons.push({ code: 'sameTown', points: WEIGHTS.town });
  else if (depth === 2) reasons.push({ code: 'sameCounty', points: WEIGHTS.county });
  else reasons.push({ code: 'sameCity', points: 0 });

  if (c.availability === 'yes') reasons.push({ code: 'available', points: WEIGHTS.available });
  else if (c.availability === 'no') reasons.push({ code: 'notAvailable', points: WEIGHTS.notAvailable });
  else reasons.push({ code: 'availabilityUnknown', points: 0 });

  if (c.openLoad > 0) reasons.push({ code: 'openLoad', points: Math.max(WEIGHTS.maxLoad, WEIGHTS.perOpen * c.openLoad), params: { count: c.openLoad } });
  else reasons.push({ code: 'noLoad', points: 0 });

  const share = (c.satisfied + PRIOR_RATED * PRIOR_SHARE) / (c.rated + PRIOR_RATED);
  if (c.rated > 0) {
    const points = Math.round((WEIGHTS.satisfaction * (share - PRIOR_SHARE)) / (1 - PRIOR_SHARE));
    reasons.push({ code: 'satisfaction', points: Math.max(-WEIGHTS.satisfaction, Math.min(WEIGHTS.satisfaction, points)), params: { percent: Math.round((100 * c.satisfied) / c.rated), count: c.rated } });
  } else reasons.push({ code: 'noRatings', points: 0 });

  const total = reasons.reduce((s, r) => s + r.points, 0);
  return { candidate: c, score: Math.round(total * 10) / 10, reasons };
}

/**
 * Ranks candidates best first. Those offering none of the needed skills are left out (unless
 * they cover the item); ties go to the lighter load, then the name, so the order is stable.
 */
export function rank(input: RankInput, candidates: readonly Candidate[], limit = 20): Suggestion[] {
  return candidates
    .filter((c) => c.covers || input.skills.length === 0 || input.skills.some((s) => c.skills.includes(s)))
    .map((c) => score(input, c))
    .sort((a, b) => b.score - a.score || a.candidate.openLoad - b.candidate.openLoad || a.candidate.name.localeCompare(b.candidate.name, 'zh-CN') || a.candidate.id.localeCompare(b.candidate.id))
    .slice(0, limit);
}
