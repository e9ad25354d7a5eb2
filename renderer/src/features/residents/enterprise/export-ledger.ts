/**
 * 企业走访台账 to xlsx, per enterprise, team and period: one row per visit, the checks summarised
 * and the failed ones named, the requests its needs became. exceljs is loaded only now (~950 KB).
 */
import type { TFunction } from 'i18next';
import { loadExcel, workbookBytes } from '../../volunteers/excel/exceljs';
import { ledgerRows, type LedgerFilter } from './ledger';

export async function exportEnterpriseLedger(t: TFunction, filter: LedgerFilter, teamNames: Map<string, string>): Promise<{ data: Uint8Array; rows: number }> {
  const [ExcelJS, rows] = await Promise.all([loadExcel(), ledgerRows(filter)]);
  const book = new ExcelJS.Workbook();
  book.creator = 'Lianxin 连心';
  const sheet = book.addWorksheet(t('residents.enterprise.sheet'), { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const col = (key: string, width: number) => ({ header: t(`residents.enterprise.col.${key}`), key, width });
  sheet.columns = [
    col('date', 12), col('enterprise', 28), col('creditCode', 22), col('team', 18), col('visitors', 16), col('result', 10),
    col('failedItems', 36), col('findings', 36), col('needs', 30), col('requests', 22),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const failed = r.visit.checklist.filter((c) => !c.passed);
    sheet.addRow({
      date: r.visit.date,
      enterprise: r.enterprise?.name ?? '',
      creditCode: r.enterprise?.creditCode ?? '',
      team: r.visit.teamId ? teamNames.get(r.visit.teamId) ?? '' : '',
      visitors: r.visitorNames.join('、'),
      result: `${r.visit.checklist.length - failed.length}/${r.visit.checklist.length}`,
      failedItems: failed.map((c) => (c.note ? `${c.item}(${c.note})` : c.item)).join(';'),
      findings: r.visit.findings,
      needs: r.visit.needs,
      requests: r.requestNumbers.join('、'),
    });
  }
  sheet.getColumn('failedItems').alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn('findings').alignment = { wrapText: true, vertical: 'top' };
  return { data: await workbookBytes(book), rows: rows.length };
}
