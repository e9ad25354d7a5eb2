/**
 * The report of an import's bad rows, as the clerk saves it: one line per problem with the
 * spreadsheet's row number, the column as headed in the file, and what is wrong — so the roster
 * can be fixed in Excel and imported again.
 */
import type { RowProblem } from '../../../../../shared/registry/roster-check';
import { loadExcel, workbookBytes } from './exceljs';

export interface ReportText {
  sheet: string;
  row: string;
  column: string;
  problem: string;
}

export async function problemsWorkbook(problems: readonly RowProblem[], describe: (p: RowProblem) => string, text: ReportText): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(text.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ header: text.row, width: 8 }, { header: text.column, width: 16 }, { header: text.problem, width: 60 }];
  ws.getRow(1).font = { bold: true };
  for (const p of problems) ws.addRow([p.row, p.column, describe(p)]);
  return workbookBytes(wb);
}
