/**
 * The roster template a clerk downloads: our Chinese headers on the first sheet (required ones
 * marked *), the ID-number and mobile columns formatted as text so Excel does not turn 18 digits
 * into a rounded number, drop-down lists where the answer is fixed, and a sheet of instructions
 * with an example row — kept off the data sheet so an untouched template imports nothing.
 */
import { ROSTER_COLUMNS } from '../../../../../shared/registry/roster-columns';
import { SKILLS } from '../../../../../shared/catalogue/catalogue';
import { loadExcel, workbookBytes } from './exceljs';

export const TEMPLATE_SHEET = '志愿者花名册';
export const TEMPLATE_FILE_NAME = '志愿者花名册模板.xlsx';

export interface TemplateText {
  instructionsSheet: string;
  columnHeader: string;
  requiredHeader: string;
  exampleHeader: string;
  notesHeader: string;
  yes: string;
  notes: Partial<Record<string, string>>;
}

export async function rosterTemplate(text: TemplateText): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = ROSTER_COLUMNS.map((c) => ({ header: c.required ? `${c.header}*` : c.header, key: c.field, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ROSTER_COLUMNS.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    if (c.field === 'idNumber' || c.field === 'mobile' || c.field === 'volunteerNo') column.numFmt = '@';
    const list = c.field === 'gender' ? '"男,女"' : c.field === 'politicalStatus' ? '"中共党员,中共预备党员,共青团员,群众"' : undefined;
    if (!list) return;
    const letter = column.letter;
    for (let r = 2; r <= 2001; r++) ws.getCell(`${letter}${r}`).dataValidation = { type: 'list', allowBlank: true, formulae: [list] };
  });
  const help = wb.addWorksheet(text.instructionsSheet);
  help.columns = [{ width: 16 }, { width: 8 }, { width: 24 }, { width: 70 }];
  help.addRow([text.columnHeader, text.requiredHeader, text.exampleHeader, text.notesHeader]).font = { bold: true };
  for (const c of ROSTER_COLUMNS) help.addRow([c.header, c.required ? text.yes : '', c.example, text.notes[c.field] ?? '']);
  help.addRow([]);
  help.addRow([SKILLS.map((s) => s.name).join('、')]);
  return workbookBytes(wb);
}
