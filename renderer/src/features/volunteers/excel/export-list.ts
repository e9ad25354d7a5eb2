/**
 * Any filtered list, saved as xlsx: the columns the screen shows, in the operator's language,
 * with identity numbers masked unless the operator may see them (the same rule as the screen).
 */
import { loadExcel, workbookBytes } from './exceljs';

export interface ExportColumn<T> {
  header: string;
  width?: number;
  value: (row: T) => string | number;
}

/** Rows are pulled page by page (`pages`), so a county's 181,000 volunteers never sit in memory twice. */
export async function exportWorkbook<T>(sheet: string, columns: readonly ExportColumn<T>[], pages: AsyncIterable<T[]>): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width ?? 14 }));
  ws.getRow(1).font = { bold: true };
  for await (const page of pages) for (const row of page) ws.addRow(columns.map((c) => c.value(row)));
  // Text, not numbers: ID numbers and mobiles must keep every digit when reopened.
  columns.forEach((_, i) => (ws.getColumn(i + 1).numFmt = '@'));
  return workbookBytes(wb);
}
