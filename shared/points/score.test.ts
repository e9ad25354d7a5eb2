import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PointsRule } from '../domain/entities';
import { ruleOn, ruleTimeline, DEFAULT_RULE, checkRule } from './rule';
import { figuresByPeriod, isNight, periodsOf, scoreRecord, scoreRecords, type ScoredRecord } from './score';
import { RuleDiff } from './diff';
import { checkActivityHours, checkRequestHours } from './hours';
import { unmetCriteria } from './excellent';

const rule = (id: string, effectiveFrom: string, over: Partial<PointsRule> = {}): PointsRule => ({
  id, orgPath: 'JX', createdAt: '', updatedAt: '', updatedBy: 'city', name: id, pointsPerHour: 10,
  multipliers: { urgent: 1.5, night: 1.5, holiday: 2 }, satisfactionBonus: 5, yearlyReset: false, carryOverRate: 1, effectiveFrom, ...over,
});
const rec = (id: string, date: string, hours: number, over: Partial<ScoredRecord> = {}): ScoredRecord => ({ id, volunteerId: 'v1', date, hours, ...over });

describe('scoring a record', () => {
  it('names its record and rule, applies the largest multiplier only, adds the bonus and takes the deduction', () => {
    const line = scoreRecord(rec('r1', '2026-11-27', 2, { urgent: true, satisfaction: 'satisfied' }), DEFAULT_RULE);
    expect(line).toEqual({
      recordId: 'r1', volunteerId: 'v1', date: '2026-11-27', ruleId: 'built-in', centiHours: 200,
      multiplierKind: 'urgent', multiplier: 1.5, base: 3000, bonus: 500, deduction: 0, points: 3500,
    });
    // 1 October 2026 is a statutory holiday: ×2 beats urgent ×1.5; they do not compound.
    expect(scoreRecord(rec('r2', '2026-10-01', 1, { urgent: true }), DEFAULT_RULE)).toMatchObject({ multiplierKind: 'holiday', points: 2000 });
    // An ordinary Saturday is not a holiday.
    expect(scoreRecord(rec('r3', '2026-11-28', 1), DEFAULT_RULE)).toMatchObject({ multiplierKind: 'none', points: 1000 });
    expect(scoreRecord(rec('r4', '2026-11-27', 1, { satisfaction: 'dissatisfied' }), DEFAULT_RULE)).toMatchObject({ deduction: 500, points: 500 });
  });

  it('counts service whose middle falls between 22:00 and 06:00 China time as night work', () => {
    expect(isNight('2026-11-27T14:00:00Z', '2026-11-27T16:00:00Z')).toBe(true); // 22:00–24:00
    expect(isNight('2026-11-27T12:00:00Z', '2026-11-27T13:30:00Z')).toBe(false); // 20:00–21:30
    expect(isNight('2026-11-27T21:00:00Z', '2026-11-27T22:30:00Z')).toBe(true); // 05:00–06:30
    expect(isNight(undefined, '2026-11-27T16:00:00Z')).toBe(false);
  });

  it('uses the rule in effect on the record date, the later-made one on a tie, the built-in before any', () => {
    const timeline = ruleTimeline([rule('b', '2026-07-01'), rule('a', '2026-01-01'), rule('c', '2026-07-01'), rule('d', '2026-03-01', { deleted: true })]);
    expect(ruleOn(timeline, '2025-12-31').id).toBe('built-in');
    expect(ruleOn(timeline, '2026-06-30').id).toBe('a');
    expect(ruleOn(timeline, '2026-07-01').id).toBe('c');
  });

  it('checks a rule and names the bad fields', () => {
    const bad = checkRule({ ...DEFAULT_RULE, name: ' ', pointsPerHour: 0, starThresholds: [100, 300, 200, 1000, 1500], effectiveFrom: '2026-13-01' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => p.field).sort()).toEqual(['effectiveFrom', 'name', 'pointsPerHour', 'starThresholds']);
    expect(checkRule(DEFAULT_RULE).ok).toBe(true);
  });

  it('gives each date its periods', () => {
    expect(periodsOf('2026-11-27')).toEqual(['all', 'Y2026', 'Q2026-4', 'M2026-11']);
    expect(periodsOf('2026-03-31')).toEqual(['all', 'Y2026', 'Q2026-1', 'M2026-03']);
  });
});

const arbRecord = fc.record({
  id: fc.uuid(),
  volunteerId: fc.constantFrom('v1', 'v2', 'v3'),
  date: fc.constantFrom('2025-12-31', '2026-01-01', '2026-05-02', '2026-07-01', '2026-11-27'),
  hours: fc.integer({ min: 1, max: 2400 }).map((n) => n / 100),
  urgent: fc.boolean(),
  satisfaction: fc.constantFrom(undefined, 'satisfied', 'basicallySatisfied', 'dissatisfied'),
  startAt: fc.constantFrom(undefined, '2026-11-27T14:00:00Z'),
  endAt: fc.constantFrom(undefined, '2026-11-27T16:00:00Z'),
}) as fc.Arbitrary<ScoredRecord>;
const arbRules = fc.array(fc.record({
  id: fc.uuid(),
  effectiveFrom: fc.constantFrom('2025-01-01', '2026-01-01', '2026-07-01'),
  pointsPerHour: fc.integer({ min: 1, max: 30 }),
  urgent: fc.constantFrom(1, 1.25, 1.5, 2),
}).map((r) => rule(r.id, r.effectiveFrom, { pointsPerHour: r.pointsPerHour, multipliers: { urgent: r.urgent, night: 1.3, holiday: 2 } })), { maxLength: 4 });

const total = (lines: { points: number }[]) => lines.reduce((s, l) => s + l.points, 0);

describe('recomputation', () => {
  it('is deterministic and independent of the order of records and of rules', () => {
    fc.assert(fc.property(fc.array(arbRecord, { maxLength: 40 }), arbRules, fc.integer(), (records, rules, seed) => {
      const once = scoreRecords(records, ruleTimeline(rules));
      const shuffled = fc.sample(fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }), { seed, numRuns: 1 })[0]!;
      const shuffledRules = [...rules].reverse();
      const again = scoreRecords(shuffled, ruleTimeline(shuffledRules));
      expect(again).toEqual(once);
      // Totals are integer sums, so adding in any grouping gives the same figure.
      const half = Math.floor(records.length / 2);
      expect(total(scoreRecords(records.slice(0, half), ruleTimeline(rules))) + total(scoreRecords(records.slice(half), ruleTimeline(rules)))).toBe(total(once));
    }));
  });

  it('shows the difference a rule change makes, the same whatever batches the records come in', () => {
    fc.assert(fc.property(fc.array(arbRecord, { maxLength: 40 }), arbRules, fc.integer({ min: 1, max: 40 }), (records, rules, cut) => {
      const before = ruleTimeline(rules);
      const after = ruleTimeline([...rules, rule('zz-new', '2026-01-01', { pointsPerHour: 12 })]);
      const whole = new RuleDiff(before, after);
      whole.add(records);
      const batched = new RuleDiff(before, after);
      batched.add(records.slice(cut));
      batched.add(records.slice(0, cut));
      expect(batched.changes()).toEqual(whole.changes());
      expect(batched.summary()).toEqual(whole.summary());
      const s = whole.summary();
      expect(s.after - s.before).toBe(whole.changes().reduce((x, c) => x + c.delta, 0));
    }));
  });

  it('sums figures per period', () => {
    const records = [rec('a', '2026-11-27', 2, { satisfaction: 'satisfied' }), rec('b', '2026-10-01', 1), rec('c', '2025-03-01', 99.9, { satisfaction: 'dissatisfied' })];
    const lines = scoreRecords(records, []);
    const f = figuresByPeriod(lines, (id) => records.find((r) => r.id === id)?.satisfaction);
    expect(f.get('all')).toEqual({ centiHours: 10290, points: 2500 + 2000 + 99900 - 500, records: 3, satisfied: 1, dissatisfied: 1 });
    expect(f.get('Y2026')).toMatchObject({ centiHours: 300, records: 2 });
    expect(f.get('Q2026-4')).toMatchObject({ records: 2 });
    expect(unmetCriteria(f.get('Y2026')!, DEFAULT_RULE.excellent)).toEqual(['minHours', 'minRecords']);
    expect(unmetCriteria(f.get('all')!, { minHours: 100, minRecords: 3, maxDissatisfied: 1 })).toEqual([]);
  });
});

describe('hours allowed', () => {
  it('refuses more hours than an activity lasted, exactly at the edge', () => {
    const start = '2026-11-27T01:00:00Z';
    const end = '2026-11-27T04:30:00Z';
    expect(checkActivityHours(start, end, [{ volunteerId: 'a', hours: 3.5 }])).toEqual([]);
    expect(checkActivityHours(start, end, [{ volunteerId: 'a', hours: 3.51 }, { volunteerId: 'b', hours: 0 }])).toEqual([
      { volunteerId: 'a', hours: 3.51, max: 3.5, code: 'overActivity' },
      { volunteerId: 'b', hours: 0, max: 3.5, code: 'notPositive' },
    ]);
  });

  it('refuses more than a house call allows on a request', () => {
    expect(checkRequestHours([{ volunteerId: 'a', hours: 12 }])).toEqual([]);
    expect(checkRequestHours([{ volunteerId: 'a', hours: 12.5 }])).toMatchObject([{ code: 'overRequestCap', max: 12 }]);
  });
});
