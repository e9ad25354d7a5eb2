import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { data, db } from '../../../db';
import { checklistId, DEFAULT_CHECKLIST } from '../../../../../shared/residents/checklist';
import { carryOverLocalChecklist, followLevelAbove, LEGACY_CHECKLIST_KEY, saveChecklist, stationChecklist } from './checklist';
import { recordEnterpriseVisit, saveServedEnterprise } from './commands';

const admin = { operatorId: 'op-admin' };
const COUNTY = 'JX/NH';
const TOWN = 'JX/NH/T10';
const VILLAGE = 'JX/NH/T10/V003';
const FRIDAY = Date.parse('2026-11-27T10:00:00+08:00');

/** A record as a pull would leave it (another unit's list, shared down). */
async function pulled(orgPath: string, items: string[], extra: object = {}) {
  await db.synced('enterpriseChecklists').put({ id: checklistId(orgPath), orgPath, items, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', updatedBy: 'county-op', _hlc: '1', ...extra });
}
const mutations = async () => (await db.outbox.toArray()).flatMap((b) => b.mutations).filter((m) => m.table === 'enterpriseChecklists');

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FRIDAY);
  await Promise.all(['enterpriseChecklists', 'servedEnterprises', 'enterpriseVisits', 'requests', 'requestEvents'].map((t) => db.table(t).clear()));
  await Promise.all([db.outbox.clear(), db.meta.clear()]);
});
afterEach(() => vi.useRealTimers());

describe('the synced enterprise checklist', () => {
  it('is the default until a unit of the chain sets one; the nearest wins', async () => {
    expect(await stationChecklist(db, VILLAGE)).toEqual({ items: [...DEFAULT_CHECKLIST], source: { kind: 'default' } });
    await pulled(COUNTY, ['县:消毒']);
    expect(await stationChecklist(db, VILLAGE)).toMatchObject({ items: ['县:消毒'], source: { kind: 'inherited', from: COUNTY } });
    await pulled(TOWN, ['镇:消毒', '镇:测温']);
    expect(await stationChecklist(db, VILLAGE)).toMatchObject({ items: ['镇:消毒', '镇:测温'], source: { kind: 'inherited', from: TOWN } });
    // A sibling's list is no business of this village.
    await pulled('JX/NH/T10/V004', ['邻村']);
    expect((await stationChecklist(db, VILLAGE)).source).toEqual({ kind: 'inherited', from: TOWN });
  });

  it('a station admin sets its own (cleaned, through the outbox, one record per unit) and can go back to the level above', async () => {
    await pulled(TOWN, ['镇:消毒']);
    expect(await saveChecklist(data, admin, VILLAGE, [' 消毒 ', '测温', '消毒', ''])).toEqual(['消毒', '测温']);
    expect(await stationChecklist(db, VILLAGE)).toMatchObject({ items: ['消毒', '测温'], source: { kind: 'own' } });
    await saveChecklist(data, admin, VILLAGE, ['消毒', '测温', '通风']);
    expect(await db.synced('enterpriseChecklists').where('orgPath').equals(VILLAGE).count()).toBe(1);

    await followLevelAbove(data, admin, VILLAGE);
    expect(await stationChecklist(db, VILLAGE)).toEqual({ items: ['镇:消毒'], source: { kind: 'inherited', from: TOWN }, own: { items: ['消毒', '测温', '通风'], inherit: true } });
    await saveChecklist(data, admin, VILLAGE, ['消毒']);
    expect(await stationChecklist(db, VILLAGE)).toMatchObject({ items: ['消毒'], source: { kind: 'own' } });

    const sent = await mutations();
    expect(sent.map((m) => m.recordId)).toEqual(Array(4).fill(checklistId(VILLAGE)));
    expect(sent.map((m) => m.fields)).toEqual([
      expect.objectContaining({ orgPath: VILLAGE, items: ['消毒', '测温'] }),
      expect.objectContaining({ items: ['消毒', '测温', '通风'] }),
      expect.objectContaining({ inherit: true }),
      expect.objectContaining({ items: ['消毒'], inherit: false }),
    ]);
  });

  it('refuses a bad list with the field named, and writes nothing', async () => {
    await expect(saveChecklist(data, admin, VILLAGE, ['  '])).rejects.toMatchObject({ problems: [{ field: 'checklist', code: 'checklist.empty' }] });
    await expect(saveChecklist(data, admin, VILLAGE, Array.from({ length: 21 }, (_, i) => `项 ${i}`))).rejects.toMatchObject({ problems: [{ field: 'checklist', code: 'checklist.tooMany' }] });
    expect(await db.synced('enterpriseChecklists').count()).toBe(0);
    expect(await mutations()).toEqual([]);
  });

  it('carries a list kept on this PC before it synced into the station\'s record, once', async () => {
    await db.meta.put({ key: LEGACY_CHECKLIST_KEY, value: ['消毒', ' 测温 '] });
    expect(await carryOverLocalChecklist(data, admin, VILLAGE)).toBe(true);
    expect(await stationChecklist(db, VILLAGE)).toMatchObject({ items: ['消毒', '测温'], source: { kind: 'own' } });
    expect(await db.meta.get(LEGACY_CHECKLIST_KEY)).toBeUndefined();
    expect(await mutations()).toHaveLength(1);
    expect(await carryOverLocalChecklist(data, admin, VILLAGE)).toBe(false);
    expect(await mutations()).toHaveLength(1);
  });

  it('keeps the station\'s synced list when another PC of it carried its own first', async () => {
    await pulled(VILLAGE, ['另一台电脑的清单']);
    await db.meta.put({ key: LEGACY_CHECKLIST_KEY, value: ['本机清单'] });
    expect(await carryOverLocalChecklist(data, admin, VILLAGE)).toBe(false);
    expect((await stationChecklist(db, VILLAGE)).items).toEqual(['另一台电脑的清单']);
    expect(await db.meta.get(LEGACY_CHECKLIST_KEY)).toBeUndefined();
  });

  it('a visit keeps the checks as they read that day; a later change does not rewrite the ledger', async () => {
    const e = await saveServedEnterprise(admin, VILLAGE, { name: '嘉兴大桥纺织有限公司', creditCode: '91330402MA2B3C4D53', address: '大桥镇工业园 8 号', industry: '纺织', contactName: '周经理', contactMobile: '13905731234' });
    await saveChecklist(data, admin, VILLAGE, ['消毒', '测温']);
    const items = (await stationChecklist(db, VILLAGE)).items;
    const { visit } = await recordEnterpriseVisit(admin, { stationPath: VILLAGE, role: 'stationAdmin' },
      { enterpriseId: e.id, date: '2026-11-27', visitorIds: ['v1'], checklist: items.map((item) => ({ item, passed: true })), findings: '正常' });
    await saveChecklist(data, admin, VILLAGE, ['通风']);
    expect((await db.synced('enterpriseVisits').get(visit.id))!.checklist).toEqual([{ item: '消毒', passed: true }, { item: '测温', passed: true }]);
  });
});
