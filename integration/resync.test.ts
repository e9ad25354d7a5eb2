/**
 * The centre restored from a backup lost changes it had acknowledged: the station's next push
 * gets 409 `resync_required`, and the station restores them from its own records with their
 * original clocks (docs/sync-protocol.md §5) — nothing lost, nothing newer overridden.
 */
import { describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../centre/testing/test-store';
import { useNetwork } from './harness/network';
import { centreRecords, differences } from './harness/compare';

const VILLAGE = 'JX/NH/T01/V001';

describe.each(STORE_KINDS)('repair after the centre lost acknowledged changes on %s', (kind) => {
  const { stations, test } = useNetwork(kind, 2, { village: { path: VILLAGE } });

  it('restores what the centre lost from the station and converges', async () => {
    const { village } = stations;
    const actor = { operatorId: village.operatorId };
    const kept = await village.data.create(actor, 'teams', { orgPath: VILLAGE, name: '保留队', type: 'care', level: 'village' });
    expect(await village.runner.syncNow()).toBe('done');
    const { db } = test.store;
    // The backup: the centre's row of the kept team as it was after the first push.
    const backup = await db.selectFrom('records').select(['data', 'field_clocks']).where('id', '=', kept.id).executeTakeFirstOrThrow();
    const lost = await village.data.create(actor, 'teams', { orgPath: VILLAGE, name: '丢失队', type: 'care', level: 'village' });
    await village.data.update(actor, 'teams', kept.id, { serviceObjects: '独居老人' });
    expect(await village.runner.syncNow()).toBe('done');
    // Restored from that backup, the centre forgets the second push.
    await db.deleteFrom('records').where('id', '=', lost.id).execute();
    await db.updateTable('records').set(backup).where('id', '=', kept.id).execute();
    await db.updateTable('devices').set({ last_seq_applied: 1 }).execute();

    await village.data.create(actor, 'teams', { orgPath: VILLAGE, name: '新队', type: 'care', level: 'village' });
    expect(await village.runner.syncNow()).toBe('done');
    expect(village.status.getState().lastError).toBeUndefined();
    const centre = await centreRecords(test.store);
    expect(centre.find((r) => r.id === lost.id)?.data).toMatchObject({ name: '丢失队' });
    expect(centre.find((r) => r.id === kept.id)?.data).toMatchObject({ serviceObjects: '独居老人' });
    expect(await differences(village, centre)).toEqual([]);
    expect(await village.data.pendingCount()).toBe(0);
  });
});
