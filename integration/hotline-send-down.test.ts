/**
 * The 96345 hotline's way: the city takes a call for a village's resident, and the request goes
 * down level by level — city → county → town → village — each level receiving it on its next
 * sync, until the village dispatches it to a volunteer and completes it; the city sees the
 * outcome. Real stations (Dexie on fake-indexeddb) and the real centre on SQLite and PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../centre/testing/test-store';
import { useNetwork } from './harness/network';
import { type TestStation } from './harness/station';
import { recordStep, requestState, takeRequest } from './harness/requests';
import { rejectionsTable } from '../renderer/src/sync/local-state';

const CITY = 'JX';
const COUNTY = 'JX/NH';
const TOWN = 'JX/NH/T01';
const VILLAGE = 'JX/NH/T01/V001';

describe.each(STORE_KINDS)('a hotline call sent down from the city to a village on %s', (kind) => {
  const { stations } = useNetwork(kind, 7, { city: { path: CITY }, county: { path: COUNTY }, town: { path: TOWN }, village: { path: VILLAGE } });

  it('reaches each level on its next sync and comes back to the city completed', async () => {
    const { city, county, town, village } = stations;
    const request = await takeRequest(city, 1, Date.now(), VILLAGE);
    expect((await requestState(city, request.id))?.state).toMatchObject({ status: 'intake', holderPath: CITY, originPath: VILLAGE });

    const hops: [TestStation, TestStation, string][] = [[city, county, COUNTY], [county, town, TOWN], [town, village, VILLAGE]];
    for (const [from, to, path] of hops) {
      expect(await recordStep(from, request.id, 'sendDown', { toPath: path, reason: '属地处理' })).not.toBeNull();
      expect(await from.runner.syncNow()).toBe('done');
      expect(await to.runner.syncNow()).toBe('done');
      expect(await to.db.synced('requests').get(request.id)).toMatchObject({ status: 'intake', holderPath: path, orgPath: VILLAGE });
    }
    // Below the village there is nothing: the state machine refuses to send it further or elsewhere.
    expect(await recordStep(village, request.id, 'sendDown', { toPath: 'JX/NH/T01/V002', reason: '错发' })).toBeNull();

    await recordStep(village, request.id, 'dispatch', { assigneeKind: 'volunteer', assigneeId: 'v-1', assigneeName: '李建国' });
    await recordStep(village, request.id, 'accept', {});
    await recordStep(village, request.id, 'complete', { result: '已上门维修', hours: [{ volunteerId: 'v-1', hours: 1.5 }] });
    expect(await village.runner.syncNow()).toBe('done');
    expect(await city.runner.syncNow()).toBe('done');
    expect(await city.db.synced('requests').get(request.id)).toMatchObject({ status: 'completed', holderPath: VILLAGE, assigneeId: 'v-1' });
    expect(await city.db.synced('requestEvents').where('requestId').equals(request.id).count()).toBe(7);
    for (const s of Object.values(stations)) expect(await rejectionsTable(s.db).count()).toBe(0);
  });
});
