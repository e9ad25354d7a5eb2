/**
 * Every row of a roster checked by the one volunteer rule (shared/domain/volunteer-input), each
 * problem named by the spreadsheet's own row number and column header, and duplicates inside the
 * file reported on every row involved — never merged.
 */
import { checkVolunteerInput, type CheckedVolunteer, type VolunteerInput } from '../domain/volunteer-input';
import type { OrgPath } from '../org/org-path';
import { cellText, parseDate, parseGender, parsePolitical, parseSkills, type RosterCell } from './cell-values';
import { rosterColumn, type ColumnMapping, type RosterField } from './roster-columns';

export interface RowProblem {
  /** Row number as the spreadsheet shows it (header is row 1 in our template). */
  row: number;
  /** The column's header in the file, or our template's header when the file has no such column. */
  column: string;
  field: RosterField;
  /** Message code: `errors.<code>` of the shared strings or `registry.problem.<code>`. */
  code: string;
  params?: Record<string, string | number>;
}

export interface RosterRow {
  row: number;
  cells: RosterCell[];
}

export interface CheckedRow {
  row: number;
  value: CheckedVolunteer;
}

/** Where a service point written in the file lies; the renderer resolves names against the org tree. */
export type ServicePointLookup = (text: string) => { path: OrgPath } | { problem: 'unknownServicePoint' | 'ambiguousServicePoint' | 'outsideStation' };

export interface RosterContext {
  headers: readonly string[];
  mapping: ColumnMapping;
  /** Service point of rows that leave it empty (the station itself when it is a village). */
  defaultServicePoint?: OrgPath;
  lookupServicePoint: ServicePointLookup;
  today?: Date;
}

export interface RosterCheck {
  valid: CheckedRow[];
  problems: RowProblem[];
  /** Rows with at least one problem. */
  badRows: number;
  /** Rows that were not blank. */
  total: number;
}

/** Checks one row; blank rows give `null` (skipped, not counted). */
export function checkRosterRow(r: RosterRow, ctx: RosterContext): { value?: CheckedVolunteer; problems: RowProblem[] } | null {
  const text: Partial<Record<RosterField, string>> = {};
  const columnOf: Partial<Record<RosterField, string>> = {};
  let blank = true;
  const problems: RowProblem[] = [];
  const problem = (field: RosterField, code: string, params?: RowProblem['params']) =>
    problems.push({ row: r.row, column: columnOf[field] ?? rosterColumn(field).header, field, code, ...(params ? { params } : {}) });

  ctx.mapping.forEach((field, i) => {
    if (!field) return;
    const value = cellText(r.cells[i]);
    if (value) blank = false;
    text[field] = value;
    columnOf[field] = ctx.headers[i] ?? rosterColumn(field).header;
  });
  if (blank) return null;

  // An 18-digit ID typed into a number cell has already lost its last digits: say so plainly.
  const idIndex = ctx.mapping.indexOf('idNumber');
  if (typeof r.cells[idIndex] === 'number' && (r.cells[idIndex] as number) > 1e15) problem('idNumber', 'idNumberAsNumber');

  const political = parsePolitical(text.politicalStatus ?? '');
  if (text.politicalStatus && !political) problem('politicalStatus', 'politicalStatus', { value: text.politicalStatus });
  const gender = text.gender ? parseGender(text.gender) : undefined;
  if (text.gender && !gender) problem('gender', 'gender', { value: text.gender });
  const birthDate = text.birthDate ? parseDate(text.birthDate) : undefined;
  if (text.birthDate && !birthDate) problem('birthDate', 'date', { value: text.birthDate });
  const skills = parseSkills(text.skills ?? '');
  if (skills.unknown.length > 0) problem('skills', 'unknownSkill', { value: skills.unknown.join('、') });

  let servicePoint = ctx.defaultServicePoint ?? '';
  if (text.servicePoint) {
    const found = ctx.lookupServicePoint(text.servicePoint);
    if ('path' in found) servicePoint = found.path;
    else problem('servicePoint', found.problem, { value: text.servicePoint });
  } else if (!ctx.defaultServicePoint) problem('servicePoint', 'required');

  const input: VolunteerInput = {
    name: text.name ?? '',
    idNumber: problems.some((p) => p.code === 'idNumberAsNumber') ? '' : (text.idNumber ?? ''),
    mobile: text.mobile ?? '',
    politicalStatus: political ?? (undefined as unknown as VolunteerInput['politicalStatus']),
    servicePoint,
    skills: skills.codes,
  };
  if (gender) input.gender = gender;
  if (birthDate) input.birthDate = birthDate;
  if (text.partyBranch) input.partyBranch = text.partyBranch;
  if (text.professionalField) input.professionalField = text.professionalField;
  if (text.availability) input.availability = text.availability;
  if (text.volunteerNo) input.volunteerNo = text.volunteerNo;

  const checked = checkVolunteerInput(input, ctx.today);
  if (!checked.ok) {
    // A problem already named from the cell itself is not repeated by the general rule.
    for (const p of checked.problems) {
      if (problems.some((q) => q.field === p.field)) continue;
      if (p.field === 'idNumber' && p.code === 'required' && problems.some((q) => q.code === 'idNumberAsNumber')) continue;
      problem(p.field as RosterField, p.code);
    }
  }
  return checked.ok && problems.length === 0 ? { value: checked.value, problems } : { problems };
}

/**
 * Collects checked rows one by one (so a caller can check 181,000 rows in slices and show
 * progress), then finds the duplicates. Rows sharing an ID number (or a volunteer number) are all
 * reported, each naming the first other row, so the clerk sees both sides of the duplicate.
 */
export class RosterChecker {
  private readonly problems: RowProblem[] = [];
  private readonly candidates: CheckedRow[] = [];
  private readonly bad = new Set<number>();
  private total = 0;

  constructor(private readonly ctx: RosterContext) {}

  add(r: RosterRow): void {
    const result = checkRosterRow(r, this.ctx);
    if (!result) return;
    this.total++;
    if (result.value) this.candidates.push({ row: r.row, value: result.value });
    else this.bad.add(r.row);
    for (const p of result.problems) this.problems.push(p);
  }

  finish(): RosterCheck {
    const { ctx, bad, problems } = this;
    for (const key of ['idNumber', 'volunteerNo'] as const) {
      const rowsByKey = new Map<string, number[]>();
      for (const c of this.candidates) {
        const k = c.value[key];
        if (!k) continue;
        const list = rowsByKey.get(k);
        if (list) list.push(c.row);
        else rowsByKey.set(k, [c.row]);
      }
      const header = ctx.headers[ctx.mapping.indexOf(key)] ?? rosterColumn(key).header;
      for (const list of rowsByKey.values()) {
        if (list.length < 2) continue;
        for (const row of list) {
          bad.add(row);
          problems.push({ row, column: header, field: key, code: 'duplicateInFile', params: { other: list.find((o) => o !== row) as number } });
        }
      }
    }
    problems.sort((a, b) => a.row - b.row);
    return { valid: this.candidates.filter((c) => !bad.has(c.row)), problems, badRows: bad.size, total: this.total };
  }
}

export function checkRoster(rows: Iterable<RosterRow>, ctx: RosterContext): RosterCheck {
  const checker = new RosterChecker(ctx);
  for (const r of rows) checker.add(r);
  return checker.finish();
}
