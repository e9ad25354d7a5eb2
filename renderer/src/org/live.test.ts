import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { LianxinDb, type Stored } from '../db/schema';
import type { OrgUnitRecord } from '../../../shared/domain/entities';
import { orgUnitId } from '../../../shared/org/org-records';
import { bundledOrgTree, orgName, orgTreeSource, setOrgUnits } from '../../../shared/org/org-tree';
import { followOrgTree, readOrgUnits } from './live';

const at = '2026-12-04T00:00:00.000Z';
const records = (): Stored<OrgUnitRecord>[] =>
  bundledOrgTree().filter((u) => u.level !== 'village').map((u) => ({ ...u, id: orgUnitId(u.path), orgPath: 'JX', createdAt: at, updatedAt: at, updatedBy: 'centre-admin', _hlc: '001764806400000-0000-centre' }));

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
}

describe('the org tree mirrored from the database', () => {
  let db: LianxinDb | undefined;
  afterEach(async () => {
    setOrgUnits(null);
    db?.close();
    await db?.delete();
  });

  it('stays bundled while the table is empty, follows the stored units, and drops a deleted unit', async () => {
    db = new LianxinDb(`org-live-${Math.random()}`);
    await db.open();
    const stop = followOrgTree(db);
    await new Promise((r) => setTimeout(r, 50));
    expect(orgTreeSource()).toBe('bundled');
    await db.synced('orgUnits').bulkPut(records());
    await until(() => orgTreeSource() === 'centre');
    expect(orgName('JX/NH/T01/V001')).toBe('JX/NH/T01/V001');
    await db.synced('orgUnits').update(orgUnitId('JX/NH/T10'), { name: '大桥镇（新）' });
    await until(() => orgName('JX/NH/T10') === '大桥镇（新）');
    await db.synced('orgUnits').update(orgUnitId('JX/NH/T13'), { deleted: true });
    await until(() => orgName('JX/NH/T13') === 'JX/NH/T13');
    expect((await readOrgUnits(db)).some((u) => u.path === 'JX/NH/T13')).toBe(false);
    stop();
    await db.synced('orgUnits').update(orgUnitId('JX/NH/T10'), { name: '不再跟随' });
    await new Promise((r) => setTimeout(r, 50));
    expect(orgName('JX/NH/T10')).toBe('大桥镇（新）');
  });
});
