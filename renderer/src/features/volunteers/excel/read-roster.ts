/**
 * Reads a roster file into plain rows. Before exceljs ever sees the bytes, they are sniffed:
 * an xlsx file is a zip archive, so anything else — an old .xls, a CSV, a photo, 50 MB of junk —
 * is refused with a reason, quickly and without holding a half-parsed workbook in memory.
 */
import type { CellValue } from 'exceljs';
import type { RosterCell } from '../../../../../shared/registry/cell-values';
import type { RosterRow } from '../../../../../shared/registry/roster-check';
import { loadExcel } from './exceljs';

export type RosterFileProblem = 'empty' | 'tooLarge' | 'oldXls' | 'notSpreadsheet' | 'damaged' | 'noRows';

/** The file cannot be used; the code names why, in words the clerk understands (registry.file.*). */
export class RosterFileError extends Error {
  constructor(readonly code: RosterFileProblem) {
    super(`roster file: ${code}`);
    this.name = 'RosterFileError';
  }
}

/** A county's whole roster (181,000 rows) is ~15 MB as xlsx; a file far beyond that is not a roster. */
export const MAX_ROSTER_BYTES = 40 * 1024 * 1024;

export interface RosterFile {
  headers: string[];
  rows: RosterRow[];
}

export function sniff(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new RosterFileError('empty');
  if (bytes.length > MAX_ROSTER_BYTES) throw new RosterFileError('tooLarge');
  const [a, b, c, d] = bytes;
  if (a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0) throw new RosterFileError('oldXls');
  if (!(a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04)) throw new RosterFileError('notSpreadsheet');
}

/** One cell as text or number; dates as `YYYY-MM-DD` (exceljs gives them at UTC midnight). */
export function cellValue(value: CellValue | undefined): RosterCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellValue((value as { result?: CellValue }).result);
  if ('text' in value) return cellValue((value as { text: CellValue }).text);
  if ('error' in value) return null;
  return null;
}

export async function readRoster(bytes: Uint8Array): Promise<RosterFile> {
  sniff(bytes);
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new RosterFileError('damaged');
  }
  const sheet = wb.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new RosterFileError('noRows');
  // Sparse, 1-based arrays of values: much lighter than a Row object per row at 181,000 rows.
  const values = sheet.getSheetValues();
  let headerRow = 0;
  let headers: string[] = [];
  const rows: RosterRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const raw = values[r] as CellValue[] | undefined;
    if (!raw) continue;
    const cells: RosterCell[] = [];
    for (let c = 1; c < raw.length; c++) cells.push(cellValue(raw[c]));
    if (!headerRow) {
      if (cells.every((x) => x === null || String(x).trim() === '')) continue;
      headerRow = r;
      headers = cells.map((x) => (x === null ? '' : String(x).trim()));
      continue;
    }
    rows.push({ row: r, cells });
  }
  if (!headerRow || rows.length === 0) throw new RosterFileError('noRows');
  return { headers, rows };
}
