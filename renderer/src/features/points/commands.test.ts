import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { data, db } from '../../db';
import { recordEvent, takeRequest } from '../requests/commands';
import type { RequestInput } from '../../../../shared/requests/request-input';
import { grantStar, recordActivity, redeem, RedemptionRefused, saveRule, StarRefused } from './commands';
import { HoursRefused, PointsInputRefused } from './errors';
import { volunteerPoints } from './ledger';
import { rebuildTallies, talliesCurrent, unitTallies, volunteerTallies } from './tallies/rebuild';
import { DEFAULT_RULE } from '../../../../shared/points/rule';
import { registerResident } from '../residents/commands';
import { recordVisit } from '../residents/visits';

const clerk = { operatorId: 'op-clerk' };
const VILLAGE = 'JX/NH/T10/V003';
const FRIDAY_10 = Date.parse('2026-11-27T10:00:00+08:00');
const at = (hours: number) => ({ stationPath: VILLAGE, role: 'clerk' as const, at: FRIDAY_10 + hours * 3_600_000 });
const call: RequestInput = {
  callerName: '张三丰', callerMobile: '13905731234', address: '新丰镇竹林村 3 组 12 号', itemCode: 'C1-02',
  type: 'help', source: 'hotline', urgency: 'normal', description: '厨房下水道堵塞',
};

async function volunteer(name: string, orgPath = VILLAGE) {
  return data.create(clerk, 'volunteers', {
    orgPath, volunteerNo: `3304${Math.random().toString().slice(2, 10)}`, name, namePinyin: '', nameInitials: '', gender: 'male', birthDate: '1970-01-01',
    idNumber: '', mobile: '', politicalStatus: 'partyMember', skills: [], teamIds: [], servicePoint: orgPath, status: 'active', totalHours: 0,
  });
}

async function completed(volunteerId: string, hours: number) {
  const r = await takeRequest(clerk, at(0), call);
  await recordEvent(clerk, r.id, 'dispatch', { assigneeKind: 'volunteer', assigneeId: volunteerId, assigneeName: '李' }, at(0.1));
  await recordEvent(clerk, r.id, 'accept', {}, at(0.2));
  return { r, done: recordEvent(clerk, r.id, 'complete', { result: '已疏通', hours: [{ volunteerId, hours }] }, at(2)) };
}

beforeEach(async () => {
  // A fresh database per test (clearing tables would also run every upkeep middleware's range delete).
  db.close();
  await db.delete();
  await db.open();
});

describe('hours from a completed request', () => {
  it('writes one service record per volunteer in the completion transaction, kept at the volunteer\'s unit, and the tallies with it', async () => {
    const v = await volunteer('李建国', 'JX/NH/T10/V004');
    const { r, done } = await completed(v.id, 1.5);
    const { event } = await done;
    const records = await db.synced('serviceRecords').toArray();
    expect(records).toMatchObject([{ volunteerId: v.id, source: 'request', sourceId: r.id, eventId: event.id, hours: 1.5, date: '2026-11-27', orgPath: 'JX/NH/T10/V004', urgent: false }]);
    const batch = (await db.outbox.toArray()).at(-1)!;
    expect(batch.mutations.map((m) => m.table)).toEqual(['requestEvents', 'serviceRecords', 'requests']);
    expect(await volunteerTallies(db).get(['Y2026', v.id])).toMatchObject({ centiHours: 150, points: 1500, records: 1 });
    expect(await unitTallies(db).get(['M2026-11', 'JX/NH/T10'])).toMatchObject({ centiHours: 150 });

    await recordEvent(clerk, r.id, 'callback', { satisfaction: 'satisfied', note: '' }, at(24));
    const p = await volunteerPoints(db, v.id, FRIDAY_10);
    expect(p.lines).toMatchObject([{ ruleId: 'built-in', base: 1500, bonus: 500, points: 2000 }]);
    expect(p.balance.balance).toBe(2000);
    expect(await volunteerTallies(db).get(['all', v.id])).toMatchObject({ points: 2000, satisfied: 1 });
  });

  it('refuses hours over a house call\'s cap and writes nothing', async () => {
    const v = await volunteer('王芳');
    const { r, done } = await completed(v.id, 12.5);
    await expect(done).rejects.toBeInstanceOf(HoursRefused);
    expect(await db.synced('serviceRecords').count()).toBe(0);
    expect((await db.synced('requests').get(r.id))!.status).toBe('accepted');
  });
});

describe('hours from a visit', () => {
  it('credits each visitor with the visit\'s hours, in the visit\'s transaction', async () => {
    const a = await volunteer('甲');
    const b = await volunteer('乙');
    const admin = { stationPath: VILLAGE, role: 'stationAdmin' as const };
    const r = await registerResident(clerk, admin, VILLAGE, { name: '沈阿婆', address: '大桥镇江南村5组18号', mobile: '13905731234', categories: ['elderly'], riskLevel: 'high', elderly: { livingSituation: 'alone' } });
    const { visit } = await recordVisit(clerk, { ...admin, at: FRIDAY_10 }, { residentId: r.id, date: '2026-11-27', visitorIds: [a.id, b.id], findings: '身体尚可', hours: 1.5 });
    const records = await db.synced('serviceRecords').where('sourceId').equals(visit.id).toArray();
    expect(records.map((x) => [x.volunteerId, x.source, x.hours, x.beneficiary]).sort()).toEqual([[a.id, 'visit', 1.5, '沈阿婆'], [b.id, 'visit', 1.5, '沈阿婆']].sort());
    expect(await volunteerTallies(db).get(['M2026-11', a.id])).toMatchObject({ centiHours: 150, points: 1500 });
    // A visit without hours credits nothing.
    await recordVisit(clerk, { ...admin, at: FRIDAY_10 }, { residentId: r.id, date: '2026-11-27', visitorIds: [a.id], findings: '再次探望' });
    expect(await db.synced('serviceRecords').count()).toBe(2);
  });
});

describe('activities', () => {
  const base = { title: '敬老院义诊', place: '竹林村文化礼堂', startAt: '2026-11-27T01:00:00.000Z', endAt: '2026-11-27T04:00:00.000Z', personInCharge: '张书记', beneficiary: '村里老人', content: '测血压' };

  it('write the activity and a record per attendee; more hours than it lasted are refused with nothing written', async () => {
    const a = await volunteer('甲');
    const b = await volunteer('乙');
    await expect(recordActivity(data, clerk, VILLAGE, '竹林村', { ...base, attendees: [{ volunteerId: a.id, hours: 3.5 }] })).rejects.toBeInstanceOf(HoursRefused);
    await expect(recordActivity(data, clerk, VILLAGE, '竹林村', { ...base, title: ' ', attendees: [] })).rejects.toMatchObject({ problems: [{ field: 'title', code: 'required' }, { field: 'attendees', code: 'required' }] });
    expect(await db.synced('activities').count()).toBe(0);
    const activity = await recordActivity(data, clerk, VILLAGE, '竹林村', { ...base, attendees: [{ volunteerId: a.id, hours: 3 }, { volunteerId: b.id, hours: 2 }] });
    expect(activity.attendeeIds).toEqual([a.id, b.id]);
    expect(await db.synced('serviceRecords').where('sourceId').equals(activity.id).count()).toBe(2);
  });
});

describe('redemption', () => {
  it('never overdraws at the station that redeems', async () => {
    const v = await volunteer('丙');
    await recordActivity(data, clerk, VILLAGE, '竹林村', { title: '清扫', place: '村口', startAt: '2026-11-27T01:00:00.000Z', endAt: '2026-11-27T04:00:00.000Z', personInCharge: '张', beneficiary: '村民', content: '打扫', attendees: [{ volunteerId: v.id, hours: 3 }] });
    await redeem(data, clerk, VILLAGE, { volunteerId: v.id, goods: '大米 5 斤', points: 20 }, FRIDAY_10);
    const refused = await redeem(data, clerk, VILLAGE, { volunteerId: v.id, goods: '食用油', points: 10.01 }, FRIDAY_10).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(RedemptionRefused);
    expect(refused).toMatchObject({ code: 'overdraw', balance: 1000 });
    await redeem(data, clerk, VILLAGE, { volunteerId: v.id, goods: '食用油', points: 10 }, FRIDAY_10);
    expect((await volunteerPoints(db, v.id, FRIDAY_10)).balance.balance).toBe(0);
    await expect(redeem(data, clerk, VILLAGE, { volunteerId: v.id, goods: '毛巾', points: 1 }, FRIDAY_10)).rejects.toMatchObject({ code: 'overdraw' });
    expect(await db.synced('redemptions').count()).toBe(2);
  });
});

describe('stars and rules', () => {
  it('grants a star only at the entitled level and only once earned; keeps the history', async () => {
    const v = await volunteer('丁');
    const raw = (rows: Parameters<ReturnType<typeof db.synced<'serviceRecords'>>['bulkAdd']>[0]) =>
      db.transaction('rw', db.synced('serviceRecords'), () => db.synced('serviceRecords').bulkAdd(rows));
    await raw([ // written like a pull writes (no outbox): the tallies follow
      { id: 's1', _hlc: 'x', orgPath: VILLAGE, createdAt: '', updatedAt: '', updatedBy: 'x', volunteerId: v.id, source: 'activity', sourceId: 'a', date: '2026-01-05', place: '', beneficiary: '', content: '', hours: 99.9, personInCharge: '', recorder: '' },
    ]);
    await expect(grantStar(data, clerk, 'JX/NH', { volunteerId: v.id, stars: 1, grantedBy: '南湖区' }, FRIDAY_10)).rejects.toMatchObject({ code: 'notEarned' });
    await raw([{ id: 's2', _hlc: 'x', orgPath: VILLAGE, createdAt: '', updatedAt: '', updatedBy: 'x', volunteerId: v.id, source: 'activity', sourceId: 'a', date: '2026-01-06', place: '', beneficiary: '', content: '', hours: 0.1, personInCharge: '', recorder: '' }]);
    await expect(grantStar(data, clerk, VILLAGE, { volunteerId: v.id, stars: 1, grantedBy: '村' }, FRIDAY_10)).rejects.toBeInstanceOf(StarRefused);
    await expect(grantStar(data, clerk, 'JX', { volunteerId: v.id, stars: 1, grantedBy: '市' }, FRIDAY_10)).rejects.toMatchObject({ code: 'notEntitled' });
    const g = await grantStar(data, clerk, 'JX/NH', { volunteerId: v.id, stars: 1, grantedBy: '南湖区' }, FRIDAY_10);
    expect(g).toMatchObject({ stars: 1, level: 'county', hoursAtGrant: 100, orgPath: VILLAGE });
    expect((await volunteerPoints(db, v.id, FRIDAY_10)).granted).toBe(1);
    expect(await volunteerTallies(db).get(['all', v.id])).toMatchObject({ centiHours: 10000 });
  });

  it('scores holidays by the calendar the centre synced down, and re-scores when it changes', async () => {
    const v = await volunteer('己');
    await recordActivity(data, clerk, VILLAGE, '竹林村', { title: '清扫', place: '村口', startAt: '2026-11-27T01:00:00.000Z', endAt: '2026-11-27T03:00:00.000Z', personInCharge: '张', beneficiary: '村民', content: '打扫', attendees: [{ volunteerId: v.id, hours: 2 }] });
    await rebuildTallies(db);
    expect((await volunteerPoints(db, v.id, FRIDAY_10)).lines[0]).toMatchObject({ multiplierKind: 'none', points: 2000 });
    // The centre declares 27 November a holiday: the station holds the calendar as a pull would write it.
    await db.transaction('rw', db.synced('workCalendars'), () => db.synced('workCalendars').add({
      id: 'cal', _hlc: 'x', orgPath: 'JX', createdAt: '', updatedAt: '', updatedBy: 'centre',
      utcOffsetMinutes: 480, periods: [{ start: '08:30', end: '17:30' }], weekend: [0, 6], holidays: ['2026-11-27'], workdays: [],
    }));
    expect((await volunteerPoints(db, v.id, FRIDAY_10)).lines[0]).toMatchObject({ multiplierKind: 'holiday', points: 4000 });
    expect(await talliesCurrent(db)).toBe(false);
    await rebuildTallies(db);
    expect(await volunteerTallies(db).get(['all', v.id])).toMatchObject({ points: 4000 });
  });

  it('lets only the city save a rule, names bad fields, and the tallies are re-scored when the rules change', async () => {
    const v = await volunteer('戊');
    await recordActivity(data, clerk, VILLAGE, '竹林村', { title: '清扫', place: '村口', startAt: '2026-11-27T01:00:00.000Z', endAt: '2026-11-27T03:00:00.000Z', personInCharge: '张', beneficiary: '村民', content: '打扫', attendees: [{ volunteerId: v.id, hours: 2 }] });
    await rebuildTallies(db);
    expect(await talliesCurrent(db)).toBe(true);
    await expect(saveRule(data, clerk, VILLAGE, DEFAULT_RULE)).rejects.toBeInstanceOf(PointsInputRefused);
    await expect(saveRule(data, clerk, 'JX', { ...DEFAULT_RULE, pointsPerHour: -1 })).rejects.toMatchObject({ problems: [{ field: 'pointsPerHour' }] });
    const { id: _id, ...settings } = DEFAULT_RULE;
    const rule = await saveRule(data, clerk, 'JX', { ...settings, name: '2026 规则', pointsPerHour: 20, effectiveFrom: '2026-01-01' });
    expect(rule.orgPath).toBe('JX');
    expect(await talliesCurrent(db)).toBe(false);
    await rebuildTallies(db);
    expect(await volunteerTallies(db).get(['Y2026', v.id])).toMatchObject({ points: 4000 });
    expect((await volunteerPoints(db, v.id, FRIDAY_10)).lines[0]!.ruleId).toBe(rule.id);
  });
});
