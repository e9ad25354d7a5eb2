import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../db/migrations';
import { LianxinDb } from '../../db/schema';

describe('local schema v5', () => {
  it('gives residents stored before it their address keys, so address search finds them', async () => {
    const name = `residents-v5-${Math.random()}`;
    const old = new Dexie(name);
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version < 5)) old.version(v.version).stores(v.stores);
    await old.open();
    await old.table('residents').put({ id: 'r1', orgPath: 'JX/NH/T10/V003', name: '沈阿婆', address: '大桥镇江南村5组18号', categories: ['elderly'], riskLevel: 'high' });
    old.close();
    const db = new LianxinDb(name);
    await db.open();
    expect(await db.synced('residents').where('addressKeys').startsWith('江南村5').primaryKeys()).toEqual(['r1']);
    expect(await db.synced('pairings').where('nextDue').below('9999').count()).toBe(0); // the plan's index exists
    db.close();
    await db.delete();
  });
});
