import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../db';
import { registerResident } from '../commands';
import { recordVisit } from '../visits';
import type { InputRejected } from '../errors';
import type { PhotoDraft } from '../../../../../shared/residents/photos';

const admin = { operatorId: 'op-admin' };
const VILLAGE = 'JX/NH/T10/V003';
const asAdmin = { stationPath: VILLAGE, role: 'stationAdmin' as const };
const FRIDAY = Date.parse('2026-11-27T10:00:00+08:00');
const photo = (data: string): PhotoDraft => ({ mime: 'image/jpeg', width: 1280, height: 960, data, takenAt: '2026-11-27T01:30:00.000Z' });

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(FRIDAY);
  await Promise.all(['residents', 'pairings', 'visits', 'visitPhotos', 'requests', 'requestEvents', 'serviceRecords'].map((t) => db.table(t).clear()));
  await Promise.all([db.outbox.clear(), db.meta.clear()]);
});
afterEach(() => vi.useRealTimers());

async function household() {
  return registerResident(admin, asAdmin, VILLAGE, { name: '沈阿婆', address: '大桥镇江南村5组18号', mobile: '13905731234', categories: ['elderly'], riskLevel: 'high', elderly: { livingSituation: 'alone' } });
}

describe('photos on a visit', () => {
  it('are stored apart from the visit, in its transaction, each through the outbox; the visit counts them', async () => {
    const r = await household();
    const { visit } = await recordVisit(admin, asAdmin, { residentId: r.id, date: '2026-11-27', visitorIds: ['v1'], findings: '屋顶漏雨' }, [], [photo('AAAA'), photo('BBBB')]);
    expect(visit.photoCount).toBe(2);
    // The visit record itself carries no image bytes.
    expect(JSON.stringify(await db.synced('visits').get(visit.id))).not.toContain('AAAA');
    const stored = await db.synced('visitPhotos').where('visitId').equals(visit.id).toArray();
    expect(stored.map((p) => [p.data, p.orgPath, p.width, p.height, p.mime])).toEqual([['AAAA', VILLAGE, 1280, 960, 'image/jpeg'], ['BBBB', VILLAGE, 1280, 960, 'image/jpeg']]);
    // One outbox row after the resident's: the visit and its photos were one transaction.
    const batches = await db.outbox.toArray();
    expect(batches).toHaveLength(2);
    expect(batches[1]!.mutations.map((m) => m.table)).toEqual(['visits', 'visitPhotos', 'visitPhotos']);
  });

  it('a visit without photos has no count', async () => {
    const r = await household();
    const { visit } = await recordVisit(admin, asAdmin, { residentId: r.id, date: '2026-11-27', visitorIds: ['v1'], findings: '正常' });
    expect(visit.photoCount).toBeUndefined();
  });

  it('refuses more than four photos or one that is not a stored-size JPEG, naming the field, and writes nothing', async () => {
    const r = await household();
    const before = await db.outbox.count();
    const input = { residentId: r.id, date: '2026-11-27', visitorIds: ['v1'], findings: '正常' };
    const many = await recordVisit(admin, asAdmin, input, [], Array.from({ length: 5 }, () => photo('AAAA'))).catch((e: unknown) => e);
    expect((many as InputRejected).problems).toEqual([{ field: 'photos', code: 'tooManyPhotos' }]);
    const png = await recordVisit(admin, asAdmin, input, [], [{ ...photo('AAAA'), mime: 'image/png' as never }]).catch((e: unknown) => e);
    expect((png as InputRejected).problems).toEqual([{ field: 'photos', code: 'badPhoto' }]);
    const both = await recordVisit(admin, asAdmin, { ...input, findings: '' }, [], [{ ...photo('AAAA'), width: 4000 }]).catch((e: unknown) => e);
    expect((both as InputRejected).problems).toEqual([{ field: 'findings', code: 'required' }, { field: 'photos', code: 'badPhoto' }]);
    expect(await db.outbox.count()).toBe(before);
    expect(await db.synced('visitPhotos').count()).toBe(0);
    expect(await db.synced('visits').count()).toBe(0);
  });
});
