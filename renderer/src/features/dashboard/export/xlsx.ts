/** A chart's data as a one-sheet workbook: its title, the filter it was drawn for, then the table. */
import { loadExcel, workbookBytes } from '../../volunteers/excel/exceljs';

export interface ChartTable {
  columns: string[];
  rows: (string | number | null)[][];
}

export async function tableXlsx(title: string, subtitle: string, table: ChartTable): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(title.slice(0, 31).replace(/[[\]*?/\\:]/g, ' '));
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([subtitle]).font = { color: { argb: 'FF666666' } };
  sheet.addRow([]);
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => v ?? ''));
  table.columns.forEach((c, i) => (sheet.getColumn(i + 1).width = Math.max(10, c.length * 2 + 4)));
  return workbookBytes(wb);
}
