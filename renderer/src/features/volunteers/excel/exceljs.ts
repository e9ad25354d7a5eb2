/**
 * exceljs adds ~950 KB to the bundle, so it is loaded only when a spreadsheet is read or
 * written (TOOLCHAIN.md). The browser build is a UMD bundle whose namespace may arrive as the
 * module's default export.
 */
import type * as ExcelJSTypes from 'exceljs';

export type ExcelJS = typeof ExcelJSTypes;
let loading: Promise<ExcelJS> | undefined;

export function loadExcel(): Promise<ExcelJS> {
  loading ??= import('exceljs').then((m) => ((m as unknown as { default?: ExcelJS }).default ?? m) as ExcelJS);
  return loading;
}

/** A workbook as bytes ready to save. */
export async function workbookBytes(wb: ExcelJSTypes.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
