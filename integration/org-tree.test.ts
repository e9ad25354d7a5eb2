/**
 * The org tree through the real centre and a real station (Dexie on fake-indexeddb, the real
 * sync client): the station starts on the bundled tree, pulls the centre's units into Dexie,
 * and orgName() follows the centre's rename and retirement; its own edit of a unit is refused.
 */
import 'fake-indexeddb/auto';
import { afterAll, describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../centre/testing/test-store';
import { ensureOrgTree, editUnit, setRetired } from '../centre/org/units';
import { orgUnitId } from '../shared/org/org-records';
import { isActiveUnit, isRetiredUnit, orgName, orgTreeSource, setOrgUnits } from '../shared/org/org-tree';
import { followOrgTree } from '../renderer/src/org/live';
import { rejectionsTable } from '../renderer/src/sync/local-state';
import { useNetwork } from './harness/network';

const TOWN = 'JX/NH/T10';
const VILLAGE = 'JX/NH/T10/V001';

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe.each(STORE_KINDS)('the org tree reaching a station on %s', (kind) => {
  const { test, stations } = useNetwork(kind, 23, { village: { path: VILLAGE } });
  let stop: (() => void) | undefined;
  afterAll(() => {
    stop?.();
    setOrgUnits(null);
  });

  it('is pulled into Dexie, and orgName() shows the centre’s names after a rename', async () => {
    const { village } = stations;
    stop = followOrgTree(village.db);
    expect(orgTreeSource()).toBe('bundled');
    expect(orgName(TOWN)).toBe('大桥镇');
    await ensureOrgTree(test.store);
    await editUnit(test.store, TOWN, { name: '大桥镇（嘉兴科技城）', phone: '0573-83181234' }, 'test');
    expect(await village.runner.syncNow()).toBe('done');
    expect(await village.db.synced('orgUnits').get(orgUnitId(TOWN))).toMatchObject({ path: TOWN, name: '大桥镇（嘉兴科技城）', phone: '0573-83181234' });
    await until(() => orgTreeSource() === 'centre');
    expect(orgName(TOWN)).toBe('大桥镇（嘉兴科技城）');

    await editUnit(test.store, TOWN, { name: '大桥镇' }, 'test');
    await setRetired(test.store, 'JX/NH/T10/V002', true, 'test');
    expect(await village.runner.syncNow()).toBe('done');
    await until(() => orgName(TOWN) === '大桥镇');
    expect(isRetiredUnit('JX/NH/T10/V002')).toBe(true);
    expect(isActiveUnit(VILLAGE)).toBe(true);
  });

  it('a station’s own change of a unit is refused by the centre and never spreads', async () => {
    const { village } = stations;
    await village.data.update({ operatorId: village.operatorId }, 'orgUnits', orgUnitId(VILLAGE), { name: '自改村' });
    expect(await village.runner.syncNow()).toBe('done');
    expect((await rejectionsTable(village.db).toArray()).map((r) => [r.recordId, r.code])).toEqual([[orgUnitId(VILLAGE), 'readOnly']]);
    const held = await test.store.db.selectFrom('records').select('data').where('tbl', '=', 'orgUnits').where('id', '=', orgUnitId(VILLAGE)).executeTakeFirstOrThrow();
    expect(JSON.parse(held.data).name).not.toBe('自改村');
  });
});
