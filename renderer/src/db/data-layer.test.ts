import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LianxinDb } from './schema';
import { DataLayer, type NewRecord } from './data-layer';
import { RecordNotFoundError } from './writer';

const clerk = { operatorId: 'op-clerk' };
let db: LianxinDb;
let data: DataLayer;

beforeEach(async () => {
  db = new LianxinDb(`test-${Math.random()}`);
  await db.open();
  data = new DataLayer(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function team(name: string): NewRecord<'teams'> {
  return { orgPath: 'JX/NH/T01/V001', name, type: 'health', level: 'village' };
}

describe('DataLayer', () => {
  it('writes the record and its outbox mutation together, stamped with the operator', async () => {
    const saved = await data.create(clerk, 'teams', team('医疗服务队'));
    expect(await db.synced("teams").get(saved.id)).toMatchObject({ name: '医疗服务队', updatedBy: 'op-clerk' });
    const [entry] = await data.pending();
    expect(entry).toMatchObject({ seq: 1, table: 'teams', recordId: saved.id, operatorId: 'op-clerk', op: 'upsert', orgPath: 'JX/NH/T01/V001' });
    expect(entry?.fields).toMatchObject({ name: '医疗服务队', type: 'health' });
    expect(entry?.hlc).toBe(saved._hlc);
  });

  it('leaves neither record nor outbox entry when the transaction aborts', async () => {
    await expect(
      data.transaction(clerk, ['teams'], async (w) => {
        await w.create('teams', team('甲'));
        await w.create('teams', team('乙'));
        throw new Error('power cut');
      }),
    ).rejects.toThrow('power cut');
    expect(await db.synced('teams').count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    // The sequence counter did not advance either: the next write is still number 1.
    await data.create(clerk, 'teams', team('丙'));
    expect((await data.pending()).map((e) => e.seq)).toEqual([1]);
  });

  it('rolls back a whole batch when one record collides', async () => {
    const first = await data.create(clerk, 'teams', team('甲'));
    await expect(data.createMany(clerk, 'teams', [team('乙'), { ...team('丙'), id: first.id }])).rejects.toThrow();
    expect(await db.synced('teams').count()).toBe(1);
    expect(await data.pendingCount()).toBe(1);
  });

  it('sends only the fields that changed, with a newer clock, and skips no-op updates', async () => {
    const saved = await data.create(clerk, 'teams', team('甲'));
    const updated = await data.update({ operatorId: 'op-admin' }, 'teams', saved.id, { name: '乙', type: 'health' });
    await data.update(clerk, 'teams', saved.id, { name: '乙' });
    const entries = await data.pending();
    expect(entries).toHaveLength(2);
    expect(Object.keys(entries[1]!.fields).sort()).toEqual(['name', 'updatedAt', 'updatedBy']);
    expect(entries[1]!.operatorId).toBe('op-admin');
    expect(entries[1]!.hlc > entries[0]!.hlc).toBe(true);
    expect(updated._clocks?.name).toBe(entries[1]!.hlc);
    expect(updated.type).toBe('health');
  });

  it('numbers mutations 1, 2, 3… across transactions and database reopenings', async () => {
    await data.createMany(clerk, 'teams', [team('a'), team('b')]);
    db.close();
    await db.open();
    await data.create(clerk, 'teams', team('c'));
    expect((await data.pending()).map((e) => e.seq)).toEqual([1, 2, 3]);
    // One outbox row per transaction: the batch of two, then the single create.
    expect((await db.outbox.toArray()).map((b) => [b.seq, b.lastSeq])).toEqual([[1, 2], [3, 3]]);
    expect(await data.pendingCount()).toBe(3);
    const hlcs = (await data.pending()).map((e) => e.hlc);
    expect([...hlcs].sort()).toEqual(hlcs);
  });

  it('deletes with a tombstone that travels like any change', async () => {
    const saved = await data.create(clerk, 'teams', team('甲'));
    await data.remove(clerk, 'teams', saved.id);
    expect((await db.synced('teams').get(saved.id))?.deleted).toBe(true);
    expect((await data.pending())[1]?.fields).toMatchObject({ deleted: true });
    await expect(data.update(clerk, 'teams', saved.id, { name: 'x' })).rejects.toBeInstanceOf(RecordNotFoundError);
  });
});
