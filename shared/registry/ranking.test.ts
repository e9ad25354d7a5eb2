import { describe, expect, it } from 'vitest';
import { rank, score, type Candidate } from './ranking';
import { availableAt } from './availability';
import { teamTypesFor } from './scope';

const village = 'JX/NH/T01/V001';
const base: Candidate = { kind: 'volunteer', id: 'a', name: '甲', place: village, skills: ['nursing'], availability: 'unknown', openLoad: 0, rated: 0, satisfied: 0 };
const input = { skills: ['nursing'], place: village };

describe('rank', () => {
  it('prefers the same village, then town, then county, and says so', () => {
    const out = rank(input, [
      { ...base, id: 'county', name: '县', place: 'JX/NH/T02/V001' },
      { ...base, id: 'town', name: '镇', place: 'JX/NH/T01/V009' },
      { ...base, id: 'city', name: '市', place: 'JX/XZ/T01/V001' },
      { ...base, id: 'village', name: '村', place: village },
    ]);
    expect(out.map((s) => s.candidate.id)).toEqual(['village', 'town', 'county', 'city']);
    expect(out.map((s) => s.reasons[1]?.code)).toEqual(['sameVillage', 'sameTown', 'sameCounty', 'sameCity']);
  });

  it('leaves out candidates with none of the skills, unless they cover the item', () => {
    const out = rank(input, [{ ...base, id: 'x', skills: ['law'] }, { ...base, id: 'p', kind: 'provider', skills: [], covers: true }]);
    expect(out.map((s) => [s.candidate.id, s.reasons[0]?.code])).toEqual([['p', 'coversItem']]);
  });

  it('weighs open load, availability and past satisfaction, each with its reason', () => {
    const busy = score(input, { ...base, openLoad: 3 });
    expect(busy.reasons.find((r) => r.code === 'openLoad')).toEqual({ code: 'openLoad', points: -18, params: { count: 3 } });
    const off = score(input, { ...base, availability: 'no' });
    const on = score(input, { ...base, availability: 'yes' });
    expect(on.score - off.score).toBe(25);
    // Fifty ratings at 96 % beat one lucky "satisfied".
    const proven = score(input, { ...base, rated: 50, satisfied: 48 });
    const lucky = score(input, { ...base, rated: 1, satisfied: 1 });
    expect(proven.score).toBeGreaterThan(lucky.score);
    expect(proven.reasons.find((r) => r.code === 'satisfaction')?.params).toEqual({ percent: 96, count: 50 });
    const poor = score(input, { ...base, rated: 20, satisfied: 8 });
    expect(poor.score).toBeLessThan(score(input, base).score);
  });

  it('counts the share of the needed skills offered', () => {
    const both = score({ ...input, skills: ['nursing', 'rehab'] }, { ...base, skills: ['nursing', 'rehab'] });
    const one = score({ ...input, skills: ['nursing', 'rehab'] }, base);
    expect(both.reasons[0]).toEqual({ code: 'skills', points: 40, params: { matched: 'nursing,rehab', of: 2 } });
    expect(one.reasons[0]?.points).toBe(20);
  });

  it('breaks ties by load then name, and keeps the limit', () => {
    const out = rank(input, [{ ...base, id: 'b', name: '乙' }, { ...base, id: 'a', name: '甲' }], 1);
    expect(out).toHaveLength(1);
  });
});

describe('availableAt', () => {
  // 2026-06-06 is a Saturday; 10:00 China time is 02:00 UTC.
  const saturdayMorning = new Date('2026-06-06T02:00:00Z');
  const mondayEvening = new Date('2026-06-08T11:00:00Z');
  it.each([
    ['随时', saturdayMorning, 'yes'],
    ['周末', saturdayMorning, 'yes'],
    ['周末', mondayEvening, 'no'],
    ['工作日白天', saturdayMorning, 'no'],
    ['工作日晚间', mondayEvening, 'yes'],
    ['看情况', mondayEvening, 'unknown'],
    [undefined, mondayEvening, 'unknown'],
  ] as const)('%s at %s → %s', (text, at, expected) => {
    expect(availableAt(text, at)).toBe(expected);
  });
});

describe('teamTypesFor', () => {
  it('maps skills to the team types serving their field', () => {
    expect(teamTypesFor(['nursing', 'law', 'counselling']).sort()).toEqual(['health', 'legal']);
    expect(teamTypesFor([])).toEqual([]);
  });
});
