import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PointsRule } from '../domain/entities';
import { balanceOf, redemptionProblem } from './balance';
import { ruleTimeline } from './rule';
import { scoreRecords } from './score';

const rule = (effectiveFrom: string, over: Partial<PointsRule> = {}): PointsRule => ({
  id: `r-${effectiveFrom}`, orgPath: 'JX', createdAt: '', updatedAt: '', updatedBy: 'city', name: 'r', pointsPerHour: 10,
  multipliers: { urgent: 1, night: 1, holiday: 1 }, satisfactionBonus: 0, yearlyReset: false, carryOverRate: 1, effectiveFrom, ...over,
});
const lines = (rows: [string, number][]) => scoreRecords(rows.map(([date, hours], i) => ({ id: `s${i}`, volunteerId: 'v', date, hours })), ruleTimeline([rule('2000-01-01')]));

describe('balance', () => {
  it('never lets a redemption overdraw at the station: the check refuses it', () => {
    const { balance } = balanceOf(lines([['2026-03-01', 3]]), [], [], 2026);
    expect(balance).toBe(3000);
    expect(redemptionProblem(30, balance)).toBeNull();
    expect(redemptionProblem(30.01, balance)).toBe('overdraw');
    expect(redemptionProblem(0, balance)).toBe('notPositive');
  });

  it('flags the later of two redemptions that together overdraw, by HLC, whatever order they arrive in', () => {
    const earned = lines([['2026-03-01', 5]]); // 50 points
    const a = { id: 'a', points: 30, at: '2026-11-27T02:00:00Z', hlc: '001764208800000-0000-dev-b' };
    const b = { id: 'b', points: 30, at: '2026-11-27T01:00:00Z', hlc: '001764208800000-0001-dev-a' };
    for (const order of [[a, b], [b, a]]) {
      const r = balanceOf(earned, order, [], 2026);
      expect([...r.overdrawn]).toEqual(['b']);
      expect(r.balance).toBe(-1000);
    }
  });

  it('resets yearly with a carry-over rate when the new year\'s rule says so; a debt is carried whole', () => {
    const timeline = ruleTimeline([rule('2000-01-01'), rule('2026-01-01', { yearlyReset: true, carryOverRate: 0.5 })]);
    const r = balanceOf(lines([['2025-05-01', 10], ['2026-02-01', 1]]), [{ id: 'x', points: 20, at: '2025-12-01T00:00:00Z' }], timeline, 2026);
    expect(r.years).toEqual([
      { year: 2025, carriedIn: 0, earned: 10000, redeemed: 2000, closing: 8000 },
      { year: 2026, carriedIn: 4000, earned: 1000, redeemed: 0, closing: 5000 },
    ]);
  });

  it('is the same for any order of redemptions and records (property)', () => {
    const arb = fc.array(fc.record({ id: fc.uuid(), points: fc.integer({ min: 1, max: 40 }), at: fc.constantFrom('2025-06-01T00:00:00Z', '2026-02-01T00:00:00Z'), hlc: fc.string({ minLength: 1, maxLength: 4 }) }), { maxLength: 12 });
    fc.assert(fc.property(arb, (redemptions) => {
      const l = lines([['2025-01-01', 6], ['2026-01-05', 4]]);
      const one = balanceOf(l, redemptions, [], 2026);
      const two = balanceOf([...l].reverse(), [...redemptions].reverse(), [], 2026);
      expect(two.balance).toBe(one.balance);
      expect([...two.overdrawn].sort()).toEqual([...one.overdrawn].sort());
    }));
  });
});
