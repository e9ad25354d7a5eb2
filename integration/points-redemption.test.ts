/**
 * Two stations redeem the same volunteer's points while both are offline: each station's own
 * check passes (it cannot see the other's redemption), and after both have synced through the
 * real centre, every replica flags the same one — the later by HLC — and shows the same debt.
 * Also: the city's rule comes down to a village and re-scores its points; a village cannot
 * change it (the centre refuses the push as read-only).
 */
import { describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../centre/testing/test-store';
import { useNetwork } from './harness/network';
import { recordActivity, redeem, saveRule } from '../renderer/src/features/points/commands';
import { volunteerPoints } from '../renderer/src/features/points/ledger';
import { rejectionsTable } from '../renderer/src/sync/local-state';
import { DEFAULT_RULE } from '../shared/points/rule';

const VILLAGE = 'JX/NH/T01/V001';
const TOWN = 'JX/NH/T01';

describe.each(STORE_KINDS)('points across stations on %s', (kind) => {
  const { stations } = useNetwork(kind, 7, { village: { path: VILLAGE }, town: { path: TOWN }, city: { path: 'JX' } });

  it('flags the later of two offline redemptions that together overdraw, the same on every station', async () => {
    const { village, town } = stations;
    const actor = { operatorId: village.operatorId };
    const v = await village.data.create(actor, 'volunteers', {
      orgPath: VILLAGE, volunteerNo: '330400000001', name: '李建国', namePinyin: 'lijianguo', nameInitials: 'ljg', gender: 'male', birthDate: '1960-01-01',
      idNumber: '', mobile: '', politicalStatus: 'partyMember', skills: [], teamIds: [], servicePoint: VILLAGE, status: 'active', totalHours: 0,
    });
    await recordActivity(village.data, actor, VILLAGE, '一村', {
      title: '清扫河道', place: '村口河埠', startAt: '2026-11-20T01:00:00.000Z', endAt: '2026-11-20T06:00:00.000Z', personInCharge: '王书记',
      beneficiary: '村民', content: '清理垃圾', attendees: [{ volunteerId: v.id, hours: 5 }],
    });
    expect(await village.runner.syncNow()).toBe('done');
    expect(await town.runner.syncNow()).toBe('done');
    expect((await volunteerPoints(town.db, v.id)).balance.balance).toBe(5000);

    // Both offline: each sees 50 points and lets 30 go.
    const first = await redeem(village.data, actor, VILLAGE, { volunteerId: v.id, goods: '大米', points: 30 });
    const second = await redeem(town.data, { operatorId: town.operatorId }, TOWN, { volunteerId: v.id, goods: '食用油', points: 30 });
    expect(second.hlc! > first.hlc!).toBe(true);
    expect((await volunteerPoints(village.db, v.id)).balance.overdrawn.size).toBe(0);
    expect((await volunteerPoints(town.db, v.id)).balance.overdrawn.size).toBe(0);

    // Back online, in the "wrong" order: the later redemption reaches the centre first.
    expect(await town.runner.syncNow()).toBe('done');
    expect(await village.runner.syncNow()).toBe('done');
    expect(await town.runner.syncNow()).toBe('done');
    expect(await rejectionsTable(village.db).count()).toBe(0);
    expect(await rejectionsTable(town.db).count()).toBe(0);
    for (const s of [village, town]) {
      const p = await volunteerPoints(s.db, v.id);
      expect(p.redemptions.map((r) => r.id).sort()).toEqual([first.id, second.id].sort());
      expect([...p.balance.overdrawn]).toEqual([second.id]);
      expect(p.balance.balance).toBe(-1000);
    }
    // Neither station may now redeem anything more.
    await expect(redeem(village.data, actor, VILLAGE, { volunteerId: v.id, goods: '毛巾', points: 1 })).rejects.toMatchObject({ code: 'overdraw' });
  });

  it('brings the city\'s rule down to the village, which re-scores; a village\'s own rule is refused by the centre', async () => {
    const { village, city } = stations;
    const { id: _id, ...settings } = DEFAULT_RULE;
    const rule = await saveRule(city.data, { operatorId: city.operatorId }, 'JX', { ...settings, name: '2026 嘉兴规则', pointsPerHour: 20, effectiveFrom: '2026-01-01' });
    expect(await city.runner.syncNow()).toBe('done');
    expect(await rejectionsTable(city.db).count()).toBe(0);
    expect(await village.runner.syncNow()).toBe('done');
    expect(await village.db.synced('pointsRules').get(rule.id)).toMatchObject({ pointsPerHour: 20, orgPath: 'JX' });
    const [v] = await village.db.synced('volunteers').toArray();
    const p = await volunteerPoints(village.db, v!.id);
    expect(p.lines[0]).toMatchObject({ ruleId: rule.id, points: 10000 });

    // A station below the city cannot write a rule at all: the data layer would, the centre will not.
    await village.data.update({ operatorId: village.operatorId }, 'pointsRules', rule.id, { pointsPerHour: 99 });
    expect(await village.runner.syncNow()).toBe('done');
    expect(await rejectionsTable(village.db).toArray()).toMatchObject([{ code: 'readOnly' }]);
  });
});
