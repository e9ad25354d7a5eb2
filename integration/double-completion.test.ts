/**
 * A village and its town both complete the same request while out of touch, each crediting
 * the volunteer with the hours it recorded. After both have synced through the real centre,
 * one completion is in effect and only its hours count, the same on every station: in the
 * volunteer's points, the leaderboard tallies and the service certificate.
 */
import { describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../centre/testing/test-store';
import { useNetwork } from './harness/network';
import type { TestStation } from './harness/station';
import { completeWithHours, recordStep, takeRequest } from './harness/requests';
import { volunteerPoints } from '../renderer/src/features/points/ledger';
import { leaderboard } from '../renderer/src/features/points/queries';
import { certificateFigures } from '../renderer/src/features/points/certificate/certificate';
import { rejectionsTable } from '../renderer/src/sync/local-state';

const VILLAGE = 'JX/NH/T01/V001';
const TOWN = 'JX/NH/T01';

describe.each(STORE_KINDS)('two stations completing one request on %s', (kind) => {
  const { stations } = useNetwork(kind, 5, { village: { path: VILLAGE }, town: { path: TOWN } });

  const hoursAt = async (s: TestStation, volunteerId: string) => {
    const points = await volunteerPoints(s.db, volunteerId);
    const [ranked] = await leaderboard(s.db, { period: 'all', unit: s.stationPath, station: s.stationPath, metric: 'centiHours', limit: 5 });
    const records = await s.db.synced('serviceRecords').where('volunteerId').equals(volunteerId).toArray();
    return { ledger: points.centiHours, tally: ranked?.tally.centiHours, certificate: certificateFigures(records, null, null).centiHours };
  };

  it('counts the hours of the completion in effect only, on every station', async () => {
    const { village, town } = stations;
    const v = await village.data.create({ operatorId: village.operatorId }, 'volunteers', {
      orgPath: VILLAGE, volunteerNo: '330400000002', name: '王秀英', namePinyin: 'wangxiuying', nameInitials: 'wxy', gender: 'female', birthDate: '1965-03-01',
      idNumber: '', mobile: '', politicalStatus: 'partyMember', skills: [], teamIds: [], servicePoint: VILLAGE, status: 'active', totalHours: 0,
    });
    const request = await takeRequest(village, 1);
    await recordStep(village, request.id, 'dispatch', { assigneeKind: 'volunteer', assigneeId: v.id, assigneeName: v.name });
    await recordStep(village, request.id, 'accept', {});
    for (const s of [village, town]) expect(await s.runner.syncNow()).toBe('done');

    // Out of touch: the village completes first (3 h), then the town (2 h).
    expect(await completeWithHours(village, request.id, { result: '已修好', hours: [{ volunteerId: v.id, hours: 3 }] })).not.toBeNull();
    expect(await completeWithHours(town, request.id, { result: '已上门', hours: [{ volunteerId: v.id, hours: 2 }] })).not.toBeNull();
    expect((await hoursAt(town, v.id)).ledger).toBe(200);

    // The town reaches the centre first; the village's earlier completion then takes effect.
    for (const s of [town, village, town]) expect(await s.runner.syncNow()).toBe('done');
    expect(await rejectionsTable(village.db).count()).toBe(0);
    for (const s of [village, town]) {
      const held = await s.db.synced('serviceRecords').where('volunteerId').equals(v.id).toArray();
      expect(held.map((r) => `${r.hours}h ${r.voided === true ? 'voided' : 'counts'}`).sort()).toEqual(['2h voided', '3h counts']);
      expect(await hoursAt(s, v.id)).toEqual({ ledger: 300, tally: 300, certificate: 300 });
    }
  });
});
