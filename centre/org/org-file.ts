/**
 * Reads an org-tree file as rows of text: the first worksheet of an .xlsx (exceljs) or a CSV
 * (UTF-8 with or without BOM; a file saved by Excel on Chinese Windows as GB18030). The first
 * non-empty row is the header. Row numbers are the file's own, as a person sees them in Excel.
 */
import ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';

export interface SheetRow {
  /** 1-based row number in the file. */
  row: number;
  cells: string[];
}

export interface Sheet {
  header: string[];
  headerRow: number;
  rows: SheetRow[];
}

/** The file cannot be read at all (not a spreadsheet, damaged, empty, too large). */
export class OrgFileError extends Error {}

export const MAX_ORG_FILE_BYTES = 4 * 1024 * 1024;
export const MAX_ORG_ROWS = 20_000;

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('').trim();
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: CellValue }).result);
  if ('text' in value) return cellText((value as { text: CellValue }).text);
  return '';
}

async function readXlsx(bytes: Uint8Array): Promise<SheetRow[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new OrgFileError('the .xlsx file is damaged or not a workbook');
  }
  const sheet = wb.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) throw new OrgFileError('the workbook has no rows');
  if (sheet.rowCount > MAX_ORG_ROWS + 1) throw new OrgFileError(`more than ${MAX_ORG_ROWS} rows`);
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (r, row) => {
    const cells: string[] = [];
    for (let c = 1; c <= r.cellCount; c++) cells.push(cellText(r.getCell(c).value));
    rows.push({ row, cells });
  });
  return rows;
}

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/**
 * RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; rows end in LF or CRLF.
 * A row's number counts the line breaks outside quotes, as Excel numbers the rows it opens.
 */
export function parseCsv(text: string): SheetRow[] {
  const rows: SheetRow[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  const endRow = () => {
    cells.push(cell.trim());
    if (cells.some((c) => c !== '')) rows.push({ row: rowStart, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      cell = '';
      quoted = true;
    } else if (ch === ',') {
      cells.push(cell.trim());
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowStart = line;
    } else cell += ch;
  }
  if (quoted) throw new OrgFileError(`row ${rowStart}: a quoted field is not closed`);
  if (cell !== '' || cells.length) endRow();
  return rows;
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOldXls = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** The rows of the file, its kind told by its bytes (the name can lie); throws OrgFileError. */
export async function readOrgFile(bytes: Uint8Array): Promise<Sheet> {
  if (bytes.length === 0) throw new OrgFileError('the file is empty');
  if (bytes.length > MAX_ORG_FILE_BYTES) throw new OrgFileError(`the file is larger than ${MAX_ORG_FILE_BYTES / 1024 / 1024} MB`);
  if (isOldXls(bytes)) throw new OrgFileError('this is an old .xls workbook: save it as .xlsx or CSV');
  const rows = isZip(bytes) ? await readXlsx(bytes) : parseCsv(decodeText(bytes));
  const [head, ...body] = rows;
  if (!head) throw new OrgFileError('the file has no rows');
  if (body.length > MAX_ORG_ROWS) throw new OrgFileError(`more than ${MAX_ORG_ROWS} rows`);
  return { header: head.cells, headerRow: head.row, rows: body };
}
