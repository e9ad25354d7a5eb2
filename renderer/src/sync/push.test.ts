import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LianxinDb } from '../db/schema';
import { DataLayer } from '../db/data-layer';
import { peekDevice } from '../db/device';
import { acknowledge, nextBatch } from './push';
import { rejectionsTable } from './local-state';
import { PROTOCOL_VERSION } from '../../../shared/sync/protocol';

const clerk = { operatorId: 'op-1' };
let db: LianxinDb;
let data: DataLayer;
beforeEach(async () => {
  db = new LianxinDb(`push-${Math.random()}`);
  await db.open();
  data = new DataLayer(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const team = (name: string) => ({ orgPath: 'JX/NH/T01/V001', name, type: 'care' as const, level: 'village' as const });

describe('push acknowledgement', () => {
  it('sends at most the limit, cutting a transaction row where needed, in sequence order', async () => {
    await data.createMany(clerk, 'teams', [team('a'), team('b'), team('c')]);
    await data.create(clerk, 'teams', team('d'));
    expect((await nextBatch(db, 2)).map((m) => m.seq)).toEqual([1, 2]);
    expect((await nextBatch(db, 10)).map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  });

  it('drops what the centre acknowledged, keeps the tail of a cut row, stores rejections, all at once', async () => {
    await data.createMany(clerk, 'teams', [team('a'), team('b'), team('c')]);
    await data.create(clerk, 'teams', team('d'));
    const sent = await nextBatch(db, 2);
    await acknowledge(db, sent, { acknowledgedThrough: 2, rejected: [{ seq: 2, mutationId: sent[1]!.mutationId, code: 'readOnly', message: 'shared down' }], centreTime: '' }, '2026-11-28T00:00:00.000Z');
    expect((await db.outbox.toArray()).map((r) => [r.seq, r.lastSeq, r.mutations.length])).toEqual([[3, 3, 1], [4, 4, 1]]);
    expect((await peekDevice(db.meta))?.ackedSeq).toBe(2);
    expect(await data.pendingCount()).toBe(2);
    expect(await rejectionsTable(db).toArray()).toMatchObject([{ seq: 2, code: 'readOnly', table: 'teams', recordId: sent[1]!.recordId }]);
    expect((await nextBatch(db, 10)).map((m) => m.seq)).toEqual([3, 4]);
  });

  it("forgets a record's refusal once a later change of it is accepted, and keeps other records' refusals", async () => {
    await data.createMany(clerk, 'teams', [team('a'), team('b')]);
    const first = await nextBatch(db, 10);
    await acknowledge(db, first, { acknowledgedThrough: 2, rejected: first.map((m) => ({ seq: m.seq, mutationId: m.mutationId, code: 'invalidShape' as const, message: 'bad' })), centreTime: '' }, '2026-11-28T00:00:00.000Z');
    expect(await rejectionsTable(db).count()).toBe(2);
    // The clerk fixes team a; the centre accepts the fix.
    await data.update(clerk, 'teams', first[0]!.recordId, { name: '修正后的服务队' });
    const fix = await nextBatch(db, 10);
    await acknowledge(db, fix, { acknowledgedThrough: fix.at(-1)!.seq, rejected: [], centreTime: '' }, '2026-11-28T00:01:00.000Z');
    expect((await rejectionsTable(db).toArray()).map((r) => r.recordId)).toEqual([first[1]!.recordId]);
  });

  it('ignores a stale acknowledgement (a late duplicate answer) without moving backwards', async () => {
    await data.createMany(clerk, 'teams', [team('a'), team('b')]);
    const sent = await nextBatch(db, 10);
    await acknowledge(db, sent, { acknowledgedThrough: 2, rejected: [], centreTime: '' }, '');
    await acknowledge(db, sent.slice(0, 1), { acknowledgedThrough: 1, rejected: [], centreTime: '' }, '');
    expect((await peekDevice(db.meta))?.ackedSeq).toBe(2);
    expect(await db.outbox.count()).toBe(0);
  });
});

/** A centre that answers its health check as a Lianxin centre of this protocol, and enrolment with `answer`. */
const fakeCentre = (answer: object) => async (url: string) =>
  new Response(JSON.stringify(url.endsWith('/api/health') ? { ok: true, name: 'lianxin-centre', version: '0.1.0', protocolVersion: PROTOCOL_VERSION } : answer));

describe('enrolling again', () => {
  it('renumbers the unacknowledged outbox from 1 for the new credential, in order, losing nothing', async () => {
    const { enrol } = await import('./enrolment');
    await data.createMany(clerk, 'teams', [team('a'), team('b'), team('c')]);
    await data.create(clerk, 'teams', team('d'));
    const sent = await nextBatch(db, 2);
    await acknowledge(db, sent, { acknowledgedThrough: 2, rejected: [], centreTime: '' }, '');
    const pendingBefore = (await nextBatch(db, 10)).map((m) => m.mutationId);
    const fetch = fakeCentre({ deviceId: 'dev-2', credential: 'c2', orgPath: 'JX/NH/T01/V001', centreTime: '' });
    await enrol(db, { centreUrl: 'centre.test:8345', code: 'ABCDEF-123', label: 'pc', appVersion: '0.1.0', stationPath: 'JX/NH/T01/V001', fetch });
    const after = await nextBatch(db, 10);
    expect(after.map((m) => [m.seq, m.mutationId])).toEqual(pendingBefore.map((id, i) => [i + 1, id]));
    expect(await peekDevice(db.meta)).toMatchObject({ seq: 2, ackedSeq: 0 });
    await data.create(clerk, 'teams', team('e'));
    expect((await nextBatch(db, 10)).map((m) => m.seq)).toEqual([1, 2, 3]);
  });

  it('refuses a code made for another org unit and keeps the station as it was', async () => {
    const { enrol, EnrolmentMismatch } = await import('./enrolment');
    const fetch = fakeCentre({ deviceId: 'dev-2', credential: 'c2', orgPath: 'JX/NH/T02', centreTime: '' });
    await expect(enrol(db, { centreUrl: 'http://centre.test', code: 'ABCDEF-123', label: 'pc', appVersion: '0.1.0', stationPath: 'JX/NH/T01/V001', fetch })).rejects.toBeInstanceOf(EnrolmentMismatch);
    expect(await db.meta.get('syncEnrolment')).toBeUndefined();
  });
});
