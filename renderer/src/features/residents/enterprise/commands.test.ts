import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../db';
import { InputRejected } from '../errors';
import { DEFAULT_CHECKLIST, evaluateChecklist, needFromFailedCheck } from '../../../../../shared/residents/enterprise';
import { recordEnterpriseVisit, saveServedEnterprise } from './commands';
import { stationChecklist } from './checklist';
import { ledgerRows } from './ledger';
import ExcelJS from 'exceljs';
import type { TFunction } from 'i18next';
import { i18n } from '../../../i18n';
import { exportEnterpriseLedger } from './export-ledger';

const admin = { operatorId: 'op-admin' };
const TOWN = 'JX/NH/T10';
const station = { stationPath: TOWN, role: 'stationAdmin' as const };
const FRIDAY = Date.parse('2026-11-27T10:00:00+08:00');
const firm = { name: '嘉兴大桥纺织有限公司', creditCode: '91330402MA2B3C4D53', address: '大桥镇工业园 8 号', industry: '纺织', contactName: '周经理', contactMobile: '13905731234', teamId: 'team-1' };

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FRIDAY);
  await Promise.all(['servedEnterprises', 'enterpriseVisits', 'requests', 'requestEvents'].map((t) => db.table(t).clear()));
  await Promise.all([db.outbox.clear(), db.meta.clear()]);
});
afterEach(() => vi.useRealTimers());

describe('enterprise ledger', () => {
  it('refuses a bad or repeated credit code', async () => {
    await saveServedEnterprise(admin, TOWN, firm);
    await expect(saveServedEnterprise(admin, TOWN, { ...firm, name: '另一家' })).rejects.toMatchObject({ problems: [{ field: 'creditCode', code: 'creditCodeTaken' }] });
    await expect(saveServedEnterprise(admin, TOWN, { ...firm, creditCode: '91330402MA2B3C4D54' })).rejects.toBeInstanceOf(InputRejected);
  });

  it('a visit with a failed check raises a need that becomes a 7-day request for the enterprise', async () => {
    const e = await saveServedEnterprise(admin, TOWN, firm);
    const checklist = (await stationChecklist(db, TOWN)).items.map((item, i) => (i === 2 ? { item, passed: false, note: '缺 11 月记录' } : { item, passed: true }));
    const failed = evaluateChecklist(checklist).failed;
    const { visit, requests } = await recordEnterpriseVisit(admin, station,
      { enterpriseId: e.id, date: '2026-11-27', visitorIds: ['v1'], checklist, findings: '生产正常', needs: '' },
      failed.map((f) => ({ description: needFromFailedCheck(f) })));
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      source: 'visit', callerName: '周经理', callerMobile: '13905731234', address: '大桥镇工业园 8 号', itemCode: 'C2-20',
      description: '未通过:员工健康监测台账完整(缺 11 月记录)', dueAt: '2026-12-04T02:00:00.000Z', // 7 days
    });
    expect(visit).toMatchObject({ teamId: 'team-1', requestIds: [requests[0]!.id], checklist: expect.arrayContaining([{ item: DEFAULT_CHECKLIST[2], passed: false, note: '缺 11 月记录' }]) as unknown });

    const rows = await ledgerRows({ from: '2026-11-01', to: '2026-11-30', teamId: 'team-1' });
    expect(rows.map((r) => [r.enterprise?.name, r.requestNumbers])).toEqual([['嘉兴大桥纺织有限公司', [requests[0]!.number]]]);
    expect(await ledgerRows({ from: '2026-11-01', to: '2026-11-30', teamId: 'team-2' })).toEqual([]);
    expect(await ledgerRows({ from: '2026-11-28', to: '2026-11-30', enterpriseId: e.id })).toEqual([]);

    // The xlsx has Chinese headers and one row per visit, with the failed check and the request number.
    const t = i18n.getFixedT('zh-CN') as TFunction;
    const { data, rows: count } = await exportEnterpriseLedger(t, { from: '2026-11-01', to: '2026-11-30', enterpriseId: e.id }, new Map([['team-1', '大桥镇企业服务队']]));
    expect(count).toBe(1);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('企业走访台账')!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['走访日期', '企业名称', '负责服务队', '未通过项目', '工单编号']));
    expect(sheet.getRow(2).values).toEqual(expect.arrayContaining(['2026-11-27', '嘉兴大桥纺织有限公司', '大桥镇企业服务队', '4/5', `${DEFAULT_CHECKLIST[2]}(缺 11 月记录)`, requests[0]!.number]));
  });

});
