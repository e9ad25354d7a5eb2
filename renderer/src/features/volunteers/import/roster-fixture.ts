/**
 * Rosters for tests and the import benchmark: demo volunteers written as a clerk's xlsx would
 * hold them, with our template's headers.
 */
import type { Volunteer } from '../../../../../shared/domain/entities';
import { demoCity } from '../../../../../shared/demo';
import { ROSTER_COLUMNS } from '../../../../../shared/registry/roster-columns';
import { skillName } from '../../../../../shared/registry/cell-values';
import { loadExcel, workbookBytes } from '../excel/exceljs';

const POLITICAL = { partyMember: '中共党员', leagueMember: '共青团员', masses: '群众' } as const;

/** One roster row in template column order. */
export function rosterCells(v: Volunteer): string[] {
  const byField: Record<string, string> = {
    name: v.name, idNumber: v.idNumber, mobile: v.mobile, gender: v.gender === 'male' ? '男' : '女', birthDate: v.birthDate,
    politicalStatus: POLITICAL[v.politicalStatus], partyBranch: v.partyBranch ?? '', professionalField: v.professionalField ?? '',
    skills: v.skills.map(skillName).join('、'), servicePoint: v.servicePoint, availability: v.availability ?? '', volunteerNo: '',
  };
  return ROSTER_COLUMNS.map((c) => byField[c.field] ?? '');
}

/**
 * `count` demo volunteers living under `within` as roster rows; `edit` may spoil some of them.
 * The demo city draws ID numbers at random, so a few repeat (as a real city's never do): the
 * second of each is skipped, so a fixture's duplicates are only the ones a test puts there.
 */
export function demoRosterRows(count: number, edit?: (cells: string[], i: number) => void, within = 'JX/NH/'): string[][] {
  const city = demoCity({ volunteers: Math.ceil(count * (within === 'JX/' ? 1.01 : 8)) });
  const rows: string[][] = [];
  const seen = new Set<string>();
  for (const v of city.volunteers()) {
    if (!v.servicePoint.startsWith(within) || seen.has(v.idNumber)) continue;
    seen.add(v.idNumber);
    const cells = rosterCells(v);
    edit?.(cells, rows.length);
    rows.push(cells);
    if (rows.length === count) break;
  }
  if (rows.length < count) throw new Error(`only ${rows.length} demo volunteers under ${within}`);
  return rows;
}

export async function rosterXlsx(rows: readonly (readonly (string | number)[])[], headers = ROSTER_COLUMNS.map((c) => c.header)): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(headers);
  ws.addRows(rows as (string | number)[][]);
  return workbookBytes(wb);
}
