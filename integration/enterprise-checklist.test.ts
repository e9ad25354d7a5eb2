/**
 * The enterprise checklist through the real centre: a county sets one and its villages visit
 * with it; a village sets its own (for itself only), two PCs of one village that both set one
 * offline end with the same single record; a village cannot change the county's list; and the
 * centre refuses a list that fails the shared schema.
 */
import { describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../centre/testing/test-store';
import { useNetwork } from './harness/network';
import { type TestStation } from './harness/station';
import { rejectionsTable } from '../renderer/src/sync/local-state';
import { saveChecklist, stationChecklist } from '../renderer/src/features/residents/enterprise/checklist';
import { checklistId } from '../shared/residents/checklist';

const COUNTY = 'JX/NH';
const VILLAGE = 'JX/NH/T01/V001';
const NEIGHBOUR = 'JX/NH/T01/V002';

describe.each(STORE_KINDS)('enterprise checklist across stations on %s', (kind) => {
  const { stations } = useNetwork(kind, 11, { county: { path: COUNTY }, village: { path: VILLAGE }, villagePc2: { path: VILLAGE }, neighbour: { path: NEIGHBOUR } });
  const sync = async (...pcs: TestStation[]) => {
    for (const s of pcs) expect(await s.runner.syncNow()).toBe('done');
  };

  it('comes down from the county; a village\'s own list stays with that village', async () => {
    const { county, village, neighbour } = stations;
    await saveChecklist(county.data, { operatorId: county.operatorId }, COUNTY, ['落实消毒', '查验健康码']);
    await sync(county, village, neighbour);
    for (const s of [village, neighbour]) expect(await stationChecklist(s.db, s.stationPath)).toMatchObject({ items: ['落实消毒', '查验健康码'], source: { kind: 'inherited', from: COUNTY } });

    await saveChecklist(village.data, { operatorId: village.operatorId }, VILLAGE, ['落实消毒', '河道巡查']);
    await sync(village, neighbour, county);
    expect((await stationChecklist(neighbour.db, NEIGHBOUR)).items).toEqual(['落实消毒', '查验健康码']);
    // The county sees the village's record (its subtree) but keeps its own list.
    expect(await county.db.synced('enterpriseChecklists').get(checklistId(VILLAGE))).toMatchObject({ items: ['落实消毒', '河道巡查'] });
    expect((await stationChecklist(county.db, COUNTY)).items).toEqual(['落实消毒', '查验健康码']);
  });

  it('two PCs of one village that set a list offline end with one record, the later list', async () => {
    const { village, villagePc2 } = stations;
    await sync(villagePc2);
    await saveChecklist(villagePc2.data, { operatorId: villagePc2.operatorId }, VILLAGE, ['二号机清单']);
    await saveChecklist(village.data, { operatorId: village.operatorId }, VILLAGE, ['一号机清单']);
    await sync(villagePc2, village, villagePc2);
    for (const s of [village, villagePc2]) {
      expect(await s.db.synced('enterpriseChecklists').where('orgPath').equals(VILLAGE).count()).toBe(1);
      expect((await stationChecklist(s.db, VILLAGE)).items).toEqual(['一号机清单']);
      expect(await rejectionsTable(s.db).count()).toBe(0);
    }
  });

  it('a village cannot change the county\'s list, and the centre refuses a list that fails the schema', async () => {
    const { village, neighbour } = stations;
    await village.data.update({ operatorId: village.operatorId }, 'enterpriseChecklists', checklistId(COUNTY), { items: ['村里改的'] });
    // Written past the command's own check, as a faulty client would.
    await village.data.update({ operatorId: village.operatorId }, 'enterpriseChecklists', checklistId(VILLAGE), { items: ['重复', '重复'] });
    await sync(village);
    expect((await rejectionsTable(village.db).toArray()).map((r) => [r.recordId, r.code])).toEqual([[checklistId(COUNTY), 'readOnly'], [checklistId(VILLAGE), 'invalidShape']]);
    await sync(neighbour);
    expect((await stationChecklist(neighbour.db, NEIGHBOUR)).items).toEqual(['落实消毒', '查验健康码']);
  });
});
