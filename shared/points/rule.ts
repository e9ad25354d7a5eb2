/**
 * 积分规则 the points rule set: configuration the city centre sets and shares down to every
 * station. Rules are versions: a change is a new rule with the date it takes effect from, so
 * a point always names the rule that produced it and the older rule stays readable. A record
 * is scored by the rule in effect on its date; before any rule arrives, the built-in default.
 */
import { z } from 'zod';
import type { IsoDate, PointsRule } from '../domain/entities';

/** The fields a rule is made of (what the city edits), without the record bookkeeping. */
export type RuleSettings = Pick<PointsRule, 'name' | 'pointsPerHour' | 'multipliers' | 'satisfactionBonus' | 'yearlyReset' | 'carryOverRate' | 'effectiveFrom'> &
  Required<Pick<PointsRule, 'deductions' | 'starThresholds' | 'excellent'>>;

/** A rule as the computation uses it: every optional part filled in. */
export type EffectiveRule = RuleSettings & { id: string };

/** 民政部 2012 national default star thresholds, hours. */
export const DEFAULT_STAR_THRESHOLDS = [100, 300, 600, 1000, 1500];

export const BUILT_IN_RULE_ID = 'built-in';

/** Used until the city centre's first rule reaches the station (and for records dated before it). */
export const DEFAULT_RULE: EffectiveRule = {
  id: BUILT_IN_RULE_ID,
  name: '默认规则',
  pointsPerHour: 10,
  multipliers: { urgent: 1.5, night: 1.5, holiday: 2 },
  satisfactionBonus: 5,
  deductions: { dissatisfied: 5 },
  yearlyReset: false,
  carryOverRate: 1,
  effectiveFrom: '2000-01-01',
  starThresholds: DEFAULT_STAR_THRESHOLDS,
  excellent: { minHours: 50, minRecords: 5, maxDissatisfied: 0 },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const multiplier = z.number().min(1).max(5);

/** What a valid rule is; the form names the field of each problem. */
export const RULE_SCHEMA = z.object({
  name: z.string().trim().min(1).max(100),
  pointsPerHour: z.number().positive().max(1000),
  multipliers: z.object({ urgent: multiplier, night: multiplier, holiday: multiplier }),
  satisfactionBonus: z.number().min(0).max(1000),
  deductions: z.object({ dissatisfied: z.number().min(0).max(1000) }),
  yearlyReset: z.boolean(),
  carryOverRate: z.number().min(0).max(1),
  effectiveFrom: z.string().regex(ISO_DATE).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`))),
  starThresholds: z.array(z.number().positive().max(100_000)).length(5).refine((t) => t.every((h, i) => i === 0 || h > t[i - 1]!), 'ascending'),
  excellent: z.object({ minHours: z.number().min(0).max(10_000), minRecords: z.number().int().min(0).max(10_000), maxDissatisfied: z.number().int().min(0).max(1000) }),
});

export type RuleProblem = { field: string; code: string };

export function checkRule(input: unknown): { ok: true; value: RuleSettings } | { ok: false; problems: RuleProblem[] } {
  const parsed = RULE_SCHEMA.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: parsed.error.issues.map((i) => ({ field: i.path.join('.'), code: i.code })) };
}

/** A stored rule with every optional part filled in from the default. */
export function effective(rule: PointsRule): EffectiveRule {
  return {
    id: rule.id, name: rule.name, pointsPerHour: rule.pointsPerHour, multipliers: rule.multipliers, satisfactionBonus: rule.satisfactionBonus,
    yearlyReset: rule.yearlyReset, carryOverRate: rule.carryOverRate, effectiveFrom: rule.effectiveFrom,
    deductions: rule.deductions ?? DEFAULT_RULE.deductions,
    starThresholds: rule.starThresholds?.length === 5 ? rule.starThresholds : DEFAULT_STAR_THRESHOLDS,
    excellent: rule.excellent ?? DEFAULT_RULE.excellent,
  };
}

/**
 * The rules in the order they take over: by `effectiveFrom`, a tie broken by id (ids are
 * time-sortable, so the later-made rule wins). Deleted rules are gone. Independent of the
 * order the rules are given in, so every station picks the same rule for the same date.
 */
export function ruleTimeline(rules: readonly PointsRule[]): EffectiveRule[] {
  return rules
    .filter((r) => !r.deleted)
    .map(effective)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The rule in effect on `date`: the last of the timeline starting on or before it, else the built-in. */
export function ruleOn(timeline: readonly EffectiveRule[], date: IsoDate): EffectiveRule {
  let found: EffectiveRule = DEFAULT_RULE;
  for (const r of timeline) {
    if (r.effectiveFrom <= date) found = r;
    else break;
  }
  return found;
}
