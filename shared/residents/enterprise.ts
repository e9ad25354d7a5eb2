/**
 * 企业走访台账 the enterprise visit ledger (second seed article): enterprises a district's visit
 * team serves, and each visit's checklist. The checklist is synced configuration (checklist.ts);
 * every visit keeps the items as they read that day, so changing the list never rewrites the ledger. A failed check becomes a need, and a need becomes a request.
 */
import type { EnterpriseVisit, IsoDate, ServedEnterprise } from '../domain/entities';
import { checkCreditCode } from '../validation/credit-code';
import { isValidMobile, normaliseMobile } from '../validation/mobile';
import { isIsoDate } from './dates';

export { DEFAULT_CHECKLIST, MAX_CHECKLIST_ITEMS, normaliseChecklist } from './checklist';

export type ChecklistResult = EnterpriseVisit['checklist'][number];
export type ChecklistAnswer = { item: string; passed?: boolean; note?: string };

export interface ChecklistSummary {
  answered: number;
  passed: number;
  failed: ChecklistResult[];
  /** Every item has an answer. */
  complete: boolean;
}

export function evaluateChecklist(answers: readonly ChecklistAnswer[]): ChecklistSummary {
  const failed: ChecklistResult[] = [];
  let passed = 0;
  let answered = 0;
  for (const a of answers) {
    if (a.passed === undefined) continue;
    answered += 1;
    if (a.passed) passed += 1;
    else failed.push(a.note?.trim() ? { item: a.item, passed: false, note: a.note.trim() } : { item: a.item, passed: false });
  }
  return { answered, passed, failed, complete: answered === answers.length };
}

/** The need a failed check raises, in words the visit team would write: "未通过:员工健康监测台账完整(缺 11 月记录)". */
export function needFromFailedCheck(r: ChecklistResult): string {
  return `未通过:${r.item}${r.note ? `(${r.note})` : ''}`;
}

export interface ServedEnterpriseInput {
  name?: string;
  creditCode?: string;
  address?: string;
  industry?: string;
  contactName?: string;
  contactMobile?: string;
  teamId?: string;
}
export type ServedEnterpriseField = keyof ServedEnterpriseInput;
export interface EnterpriseProblem {
  field: ServedEnterpriseField;
  code: string;
}

export function checkServedEnterpriseInput(input: ServedEnterpriseInput): { ok: true; value: Omit<ServedEnterprise, 'id' | 'orgPath' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'deleted'> } | { ok: false; problems: EnterpriseProblem[] } {
  const problems: EnterpriseProblem[] = [];
  const text = (field: ServedEnterpriseField, max: number) => {
    const v = (input[field] ?? '').trim();
    if (!v) problems.push({ field, code: 'required' });
    else if (v.length > max) problems.push({ field, code: 'tooLong' });
    return v;
  };
  const name = text('name', 60);
  const address = text('address', 120);
  const industry = text('industry', 30);
  const contactName = text('contactName', 30);
  const code = (input.creditCode ?? '').trim().toUpperCase();
  const checked = code ? checkCreditCode(code) : null;
  if (!checked) problems.push({ field: 'creditCode', code: 'required' });
  else if (!checked.ok) problems.push({ field: 'creditCode', code: `creditCode.${checked.problem}` });
  const contactMobile = normaliseMobile(input.contactMobile ?? '');
  if (!contactMobile) problems.push({ field: 'contactMobile', code: 'required' });
  else if (!isValidMobile(contactMobile)) problems.push({ field: 'contactMobile', code: 'mobile' });
  if (problems.length > 0 || !checked?.ok) return { ok: false, problems };
  const value = { name, creditCode: checked.value, address, industry, contactName, contactMobile };
  return { ok: true, value: input.teamId ? { ...value, teamId: input.teamId } : value };
}

export interface EnterpriseVisitInput {
  enterpriseId?: string;
  date?: IsoDate;
  visitorIds?: string[];
  checklist?: ChecklistAnswer[];
  findings?: string;
  needs?: string;
}
export type EnterpriseVisitField = keyof EnterpriseVisitInput | `checklist.${number}`;
export interface EnterpriseVisitProblem {
  field: EnterpriseVisitField;
  code: string;
}

/** A visit for the ledger: who went, when, every check answered (a failed one explained), and what was found. */
export function checkEnterpriseVisitInput(input: EnterpriseVisitInput, today: IsoDate): { ok: true; value: Pick<EnterpriseVisit, 'enterpriseId' | 'date' | 'visitorIds' | 'checklist' | 'findings' | 'needs'> } | { ok: false; problems: EnterpriseVisitProblem[] } {
  const problems: EnterpriseVisitProblem[] = [];
  if (!input.enterpriseId) problems.push({ field: 'enterpriseId', code: 'required' });
  if (!input.date) problems.push({ field: 'date', code: 'required' });
  else if (!isIsoDate(input.date)) problems.push({ field: 'date', code: 'date' });
  else if (input.date > today) problems.push({ field: 'date', code: 'future' });
  const visitorIds = [...new Set(input.visitorIds ?? [])];
  if (visitorIds.length === 0) problems.push({ field: 'visitorIds', code: 'required' });
  const answers = input.checklist ?? [];
  answers.forEach((a, i) => {
    if (a.passed === undefined) problems.push({ field: `checklist.${i}`, code: 'unanswered' });
    else if (!a.passed && !a.note?.trim()) problems.push({ field: `checklist.${i}`, code: 'failedNeedsNote' });
    else if ((a.note ?? '').trim().length > 200) problems.push({ field: `checklist.${i}`, code: 'tooLong' });
  });
  const findings = (input.findings ?? '').trim();
  const needs = (input.needs ?? '').trim();
  if (findings.length > 1000) problems.push({ field: 'findings', code: 'tooLong' });
  if (needs.length > 1000) problems.push({ field: 'needs', code: 'tooLong' });
  if (problems.length > 0) return { ok: false, problems };
  const { failed } = evaluateChecklist(answers);
  const failedByItem = new Map(failed.map((f) => [f.item, f]));
  const checklist = answers.map((a) => failedByItem.get(a.item) ?? { item: a.item, passed: true });
  return { ok: true, value: { enterpriseId: input.enterpriseId!, date: input.date!, visitorIds, checklist, findings, needs } };
}
