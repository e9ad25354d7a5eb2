import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import { demoCity } from '../../../../../shared/demo';
import { LianxinDb } from '../../../db/schema';
import { i18n } from '../../../i18n';
import { compareRequests, matcher, type RequestFilter } from '../list/filter';
import { ExportCancelled, exportLedger } from './export-xlsx';

const city = demoCity({ requests: 1_500, seed: 5 });
const now = new Date(city.now);
const all: HelpRequest[] = [...city.requests()];
const t = i18n.getFixedT('zh-CN') as TFunction;
let db: LianxinDb;

beforeAll(async () => {
  db = new LianxinDb(`ledger-${Math.random()}`);
  await db.open();
  await db.synced('requests').bulkPut(all.map((r) => ({ ...r, _hlc: '0' })));
});
afterAll(async () => {
  db.close();
  await db.delete();
});

describe('ledger export', () => {
  it('writes the filtered requests of the date range, oldest first, with Chinese headers', async () => {
    const filter: RequestFilter = { categoryCode: 'C1', from: all[200]!.receivedAt, to: all[1300]!.receivedAt };
    const expected = all.filter(matcher(filter, now.toISOString())).sort(compareRequests({ field: 'receivedAt', descending: false }));
    const progress: number[] = [];
    const { data, rows } = await exportLedger(db, filter, { t, now, chunk: 40, onProgress: (n) => progress.push(n) });
    expect(rows).toBe(expected.length);
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(expected.length);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data.buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe('工单台账');
    expect(sheet.getRow(1).getCell(1).value).toBe('工单编号');
    expect(sheet.rowCount).toBe(expected.length + 1);
    const numbers = expected.map((r) => r.number);
    expect(Array.from({ length: expected.length }, (_, i) => sheet.getRow(i + 2).getCell(1).value)).toEqual(numbers);
    expect(sheet.getRow(2).getCell(11).value).toBe(t(`requests.status.${expected[0]!.status}`));
  });

  it('stops when cancelled', async () => {
    const abort = new AbortController();
    const run = exportLedger(db, {}, { t, now, chunk: 50, signal: abort.signal, onProgress: () => abort.abort() });
    await expect(run).rejects.toBeInstanceOf(ExportCancelled);
  });
});
