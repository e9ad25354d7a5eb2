import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { data, db } from '../../db';
import { registerVolunteer } from '../volunteers/commands';
import { endPairing, pairMember, registerResident, repairPairing, revealResident, updateResident } from './commands';
import { recordVisit } from './visits';
import { InputRejected, NotAllowed } from './errors';
import { coverageReport, duePlan, repairList } from './plan/queries';
import { findResidents, pairingsOf, visitsOf } from './queries';

const admin = { operatorId: 'op-admin' };
const VILLAGE = 'JX/NH/T10/V003';
const asAdmin = { stationPath: VILLAGE, role: 'stationAdmin' as const };
const asClerk = { stationPath: VILLAGE, role: 'clerk' as const };
/** Friday 27 Nov 2026, 10:00 China time. */
const FRIDAY = Date.parse('2026-11-27T10:00:00+08:00');
const DAY = 86_400_000;

const elder = {
  name: '沈阿婆', address: '大桥镇江南村5组18号', mobile: '13905731234', categories: ['elderly' as const], riskLevel: 'high' as const,
  idNumber: '11010519491231002X', elderly: { livingSituation: 'alone' as const, incomeSource: '养老金' },
};

async function member(name: string, idNumber: string) {
  return registerVolunteer(admin, VILLAGE, { name, idNumber, mobile: '13805731111', politicalStatus: 'partyMember', servicePoint: VILLAGE });
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FRIDAY);
  await Promise.all(['residents', 'pairings', 'visits', 'volunteers', 'requests', 'requestEvents', 'auditLog'].map((t) => db.table(t).clear()));
  await Promise.all([db.outbox.clear(), db.meta.clear()]);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('the register', () => {
  it('finds a resident by name, pinyin, initials, mobile and part of the address', async () => {
    const r = await registerResident(admin, asAdmin, VILLAGE, elder);
    for (const q of ['沈阿', 'shena', 'sap', '1390573', '江南村5组', '5组18号']) expect((await findResidents(q)).map((x) => x.id), q).toEqual([r.id]);
    expect(await findResidents('北门村')).toEqual([]);
  });

  it('keeps sensitive fields away from a clerk, and refuses the same ID number twice', async () => {
    const byClerk = await registerResident(admin, asClerk, VILLAGE, elder);
    expect(byClerk.idNumber).toBeUndefined();
    expect(byClerk.elderly).toEqual({ livingSituation: 'alone' });
    const byAdmin = await updateResident(admin, asAdmin, byClerk.id, elder);
    expect(byAdmin.idNumber).toBe('11010519491231002X');
    // The clerk's edit of the notes leaves the ID number and income as they were.
    const edited = await updateResident(admin, asClerk, byClerk.id, { ...elder, idNumber: undefined, elderly: { livingSituation: 'alone' }, notes: '耳背,敲门要用力' });
    expect(edited).toMatchObject({ idNumber: '11010519491231002X', elderly: { incomeSource: '养老金' }, notes: '耳背,敲门要用力' });
    const again = await registerResident(admin, asAdmin, VILLAGE, elder).catch((e: unknown) => e);
    expect(again).toBeInstanceOf(InputRejected);
    expect((again as InputRejected).problems).toEqual([{ field: 'idNumber', code: 'idNumberTaken' }]);
  });

  it('writes an audit entry for every unmasked view, and refuses a clerk', async () => {
    const r = await registerResident(admin, asAdmin, VILLAGE, elder);
    await revealResident(admin, asAdmin, r.id);
    await revealResident(admin, { ...asAdmin, role: 'supervisor' }, r.id);
    await expect(revealResident(admin, asClerk, r.id)).rejects.toBeInstanceOf(NotAllowed);
    const audit = await db.synced('auditLog').where('recordId').equals(r.id).toArray();
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ action: 'viewUnmasked', table: 'residents', operatorId: 'op-admin', orgPath: VILLAGE, at: new Date(FRIDAY).toISOString() });
    // Each went through the data layer: the audit travels to the centre like any record.
    const tables = (await db.outbox.toArray()).flatMap((b) => b.mutations.map((m) => m.table));
    expect(tables.filter((t) => t === 'auditLog')).toHaveLength(2);
  });
});

describe('pairing and visits (fixed clock)', () => {
  it('pairs a member monthly, goes overdue, and a visit raising a demand makes a prefilled request in one step', async () => {
    const r = await registerResident(admin, asAdmin, VILLAGE, elder);
    const v = await member('李建国', '440524188001010014');
    const p = await pairMember(admin, { residentId: r.id, volunteerId: v.id, frequency: 'monthly', startDate: '2026-11-27' });
    expect(p).toMatchObject({ nextDue: '2026-12-27', volunteerServicePoint: VILLAGE, orgPath: VILLAGE });
    expect((await duePlan('2026-11-27')).rows).toEqual([]);

    // A month and two days later the visit is overdue, for the station and for the member.
    vi.setSystemTime(FRIDAY + 32 * DAY);
    const plan = await duePlan('2026-12-29', { volunteerId: v.id });
    expect(plan.rows.map((x) => [x.resident?.name, x.member?.name, x.status])).toEqual([['沈阿婆', '李建国', { state: 'overdue', due: '2026-12-27', days: 2 }]]);
    expect((await coverageReport('2026-12-29')).total).toEqual({ households: 1, paired: 1, onTime: 0, overdue: 1, dueThisWeek: 0 });

    const { visit, requests } = await recordVisit(admin, { stationPath: VILLAGE, role: 'stationAdmin' },
      { residentId: r.id, date: '2026-12-29', visitorIds: [v.id], findings: '身体尚可,独自在家', hours: 1.5 },
      [{ itemCode: 'C1-03', description: '卫生间水龙头漏水,需要上门维修' }]);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({
      source: 'visit', residentId: r.id, callerName: '沈阿婆', callerMobile: '13905731234', address: '大桥镇江南村5组18号',
      itemCode: 'C1-03', status: 'intake', orgPath: VILLAGE,
    });
    expect(visit).toMatchObject({ requestIds: [requests[0]!.id], hours: 1.5 });
    expect((await visitsOf(r.id)).map((x) => x.id)).toEqual([visit.id]);
    expect((await pairingsOf(r.id))[0]?.pairing).toMatchObject({ lastVisitDate: '2026-12-29', nextDue: '2027-01-29' });
    expect((await duePlan('2026-12-29')).rows).toEqual([]);
    expect((await coverageReport('2026-12-29')).total.onTime).toBe(1);
  });

  it('names a bad demand and writes nothing; a failure after the requests undoes them too', async () => {
    const r = await registerResident(admin, asAdmin, VILLAGE, { ...elder, mobile: undefined });
    const v = await member('李建国', '440524188001010014');
    const before = await db.outbox.count();
    const bad = await recordVisit(admin, asAdmin, { residentId: r.id, date: '2026-11-27', visitorIds: [v.id], findings: '正常' }, [{ itemCode: 'C1-03', description: '漏水' }]).catch((e: unknown) => e);
    expect((bad as InputRejected).problems).toEqual([{ field: 'demands.0.description', code: 'tooShort' }, { field: 'demands.0.callerMobile', code: 'required' }]);

    const original = data.transaction.bind(data);
    vi.spyOn(data, 'transaction').mockImplementation((actor, tables, work) => {
      if (tables.includes('visits')) throw new Error('disk full');
      return original(actor, tables, work);
    });
    await expect(recordVisit(admin, asAdmin, { residentId: r.id, date: '2026-11-27', visitorIds: [v.id], findings: '正常' },
      [{ itemCode: 'C1-03', description: '卫生间水龙头漏水', callerMobile: '13905739999' }])).rejects.toThrow('disk full');
    expect(await db.synced('requests').count()).toBe(0);
    expect(await db.synced('visits').count()).toBe(0);
    expect(await db.outbox.count()).toBe(before);
  });

  it('lists the households of a member who left or moved, and hands them over', async () => {
    const r = await registerResident(admin, asAdmin, VILLAGE, elder);
    const v = await member('李建国', '440524188001010014');
    const w = await member('王红', '11010519491231002X');
    const p = await pairMember(admin, { residentId: r.id, volunteerId: v.id, frequency: 'weekly', startDate: '2026-11-01' });
    await expect(pairMember(admin, { residentId: r.id, volunteerId: v.id, frequency: 'monthly', startDate: '2026-11-20' })).rejects.toMatchObject({ problems: [{ field: 'volunteerId', code: 'alreadyPaired' }] });
    expect(await repairList('2026-11-27')).toEqual([]);

    await data.update(admin, 'volunteers', v.id, { servicePoint: 'JX/NH/T10/V004' });
    expect((await repairList('2026-11-27')).map((x) => [x.reason, x.resident?.name])).toEqual([['moved', '沈阿婆']]);
    await data.update(admin, 'volunteers', v.id, { status: 'left' });
    expect((await repairList('2026-11-27')).map((x) => x.reason)).toEqual(['left']);

    const next = await repairPairing(admin, p.id, w.id, '2026-11-27');
    expect(next).toMatchObject({ volunteerId: w.id, frequency: 'weekly', startDate: '2026-11-27', nextDue: '2026-12-04' });
    expect(await db.synced('pairings').get(p.id)).toMatchObject({ endDate: '2026-11-26' });
    expect(await repairList('2026-11-27')).toEqual([]);
    await endPairing(admin, next.id, '2026-11-30');
    expect((await db.synced('pairings').get(next.id))?.nextDue).toBeNull();
  });
});
