/**
 * 工单台账 export to xlsx: the current filter within a date range, read page by page through the
 * list's indexes (never the whole table at once), with progress and cancel. exceljs is loaded
 * only when an export starts (~950 KB).
 */
import type { TFunction } from 'i18next';
import type { LianxinDb } from '../../../db/schema';
import { requestPage, type Cursor } from '../list/queries';
import type { RequestFilter } from '../list/filter';
import { LEDGER_COLUMNS } from './columns';

export class ExportCancelled extends Error {
  constructor() {
    super('export cancelled');
  }
}

export interface ExportOptions {
  t: TFunction;
  now?: Date;
  signal?: AbortSignal;
  onProgress?: (done: number) => void;
  /** Rows read per page; between pages the screen gets a chance to repaint and to cancel. */
  chunk?: number;
}

export async function exportLedger(db: LianxinDb, filter: RequestFilter, options: ExportOptions): Promise<{ data: Uint8Array; rows: number }> {
  const { t, signal } = options;
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Lianxin 连心';
  const sheet = book.addWorksheet(t('requestList.ledger.sheet'), { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = LEDGER_COLUMNS.map((c) => ({ header: c.header(t), key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  // The ledger reads in the order things happened: oldest first.
  const sort = { field: 'receivedAt' as const, descending: false };
  let cursor: Cursor | null = null;
  let rows = 0;
  do {
    if (signal?.aborted) throw new ExportCancelled();
    const page = await requestPage(db, filter, sort, cursor, { limit: options.chunk ?? 1_000, budget: 50_000, now: options.now });
    for (const r of page.rows) sheet.addRow(Object.fromEntries(LEDGER_COLUMNS.map((c) => [c.key, c.value(r, t)])));
    rows += page.rows.length;
    options.onProgress?.(rows);
    cursor = page.cursor;
    await new Promise((r) => setTimeout(r, 0));
  } while (cursor);
  if (signal?.aborted) throw new ExportCancelled();
  const buffer = await book.xlsx.writeBuffer();
  return { data: new Uint8Array(buffer as ArrayBuffer), rows };
}
