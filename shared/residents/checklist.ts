/**
 * 检查项目 the enterprise visit checklist as configuration. A county or town sets one for every
 * station below it, a station may set its own; the list a station visits with is its own, else
 * its nearest ancestor's, else the built-in default (the second article's prevention checks).
 * Each visit keeps its items as they read that day, so changing the list never rewrites the ledger.
 */
import { z } from 'zod';
import type { EnterpriseChecklist } from '../domain/entities';
import { ancestorsOf, type OrgPath } from '../org/org-path';

/** The prevention checks of the article: disinfection, live health-code checks, staff health monitoring, and two standing ones. */
export const DEFAULT_CHECKLIST: readonly string[] = [
  '按规定频次落实消毒',
  '进出人员现场查验健康码',
  '员工健康监测台账完整',
  '防疫物资储备充足',
  '安全生产隐患排查',
];
export const MAX_CHECKLIST_ITEMS = 20;
export const MAX_CHECK_LENGTH = 40;

/**
 * A stored list: 1–20 checks, each trimmed, non-empty, at most 40 characters, none twice. The
 * station checks its input with it and the centre every pushed `items`, so a list written by an
 * older or faulty client cannot reach the stations below.
 */
export const ChecklistItemsSchema = z
  .array(z.string().min(1, 'empty').max(MAX_CHECK_LENGTH, 'tooLong').refine((s) => s === s.trim(), 'untrimmed'))
  .min(1, 'empty')
  .max(MAX_CHECKLIST_ITEMS, 'tooMany')
  .refine((items) => new Set(items).size === items.length, 'duplicate');

export type ChecklistProblem = 'empty' | 'tooMany' | 'tooLong' | 'untrimmed' | 'duplicate' | 'notAList';

/** Why `items` is not a storable checklist, or null. */
export function checklistProblem(items: unknown): ChecklistProblem | null {
  if (!Array.isArray(items) || items.some((s) => typeof s !== 'string')) return 'notAList';
  const r = ChecklistItemsSchema.safeParse(items);
  return r.success ? null : ((r.error.issues[0]?.message ?? 'empty') as ChecklistProblem);
}

/** What an admin typed, cleaned (blank and repeated lines dropped, each trimmed), then checked. */
export function normaliseChecklist(items: readonly string[]): { ok: true; items: string[] } | { ok: false; code: 'empty' | 'tooMany' | 'tooLong' } {
  const clean = [...new Set(items.map((s) => s.trim()).filter(Boolean))];
  const problem = checklistProblem(clean);
  if (problem === null) return { ok: true, items: clean };
  return { ok: false, code: problem === 'tooMany' || problem === 'tooLong' ? problem : 'empty' };
}

/**
 * The id of a unit's checklist record. Derived from the path, not generated: two PCs of one
 * station that both set a list (even offline) write the same record, which the per-field merge
 * settles, instead of two records that would both claim to be the station's.
 */
export function checklistId(orgPath: OrgPath): string {
  return `checklist:${orgPath}`;
}

export type ChecklistSource = { kind: 'own' } | { kind: 'inherited'; from: OrgPath } | { kind: 'default' };

export interface EffectiveChecklist {
  items: string[];
  source: ChecklistSource;
  /** The station's own record, in use or not (an admin who goes back to it finds its items). */
  own?: Pick<EnterpriseChecklist, 'items' | 'inherit'>;
}

/** The units whose records decide a station's list, nearest first: the station, then its ancestors up to the city. */
export function checklistChain(stationPath: OrgPath): OrgPath[] {
  return [stationPath, ...ancestorsOf(stationPath).reverse()];
}

type ChecklistRecord = Pick<EnterpriseChecklist, 'orgPath' | 'items' | 'inherit' | 'deleted'>;

/**
 * The list `stationPath` visits with, from the records found for its chain (any order, missing
 * ones absent): the nearest unit with a live, valid list that does not defer upwards. A record
 * whose items fail the schema (never written by this app) is passed over rather than shown.
 */
export function effectiveChecklist(stationPath: OrgPath, records: readonly (ChecklistRecord | undefined)[]): EffectiveChecklist {
  const byPath = new Map<OrgPath, ChecklistRecord>();
  for (const r of records) if (r && !r.deleted) byPath.set(r.orgPath, r);
  const ownRecord = byPath.get(stationPath);
  const own = ownRecord && checklistProblem(ownRecord.items) === null ? { items: [...ownRecord.items], ...(ownRecord.inherit ? { inherit: true } : {}) } : undefined;
  for (const path of checklistChain(stationPath)) {
    const r = byPath.get(path);
    if (!r || r.inherit || checklistProblem(r.items) !== null) continue;
    return { items: [...r.items], source: path === stationPath ? { kind: 'own' } : { kind: 'inherited', from: path }, ...(own ? { own } : {}) };
  }
  return { items: [...DEFAULT_CHECKLIST], source: { kind: 'default' }, ...(own ? { own } : {}) };
}
