import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildCentre } from '../app';
import { countChanges, countRecords } from '../db/store';
import { STORE_KINDS, useTestStore } from '../testing/test-store';
import { TestStation } from '../testing/sync';

const FAST = { burst: 10_000, perSecond: 1000 };

describe.each(STORE_KINDS)('a push that fails mid-batch over %s', (kind) => {
  const t = useTestStore(kind);
  let app: FastifyInstance;
  let fail = false;
  beforeAll(async () => {
    app = buildCentre({
      store: t.store,
      sync: {
        rate: FAST,
        enrolRate: FAST,
        hooks: {
          beforeRecords: () => {
            if (fail) throw new Error('injected failure after the change log, before the records');
          },
        },
      },
    });
    await app.ready();
  });
  afterAll(() => app.close());

  it('leaves nothing of the batch, and the retry applies it exactly once', async () => {
    const s = await TestStation.enrol(app, t.store, 'JX/NH/T01/V001');
    await s.pushOk([s.mutation('volunteers', 'before', { name: '之前' }, { create: true })]);
    const records = await countRecords(t.store);
    const changes = await countChanges(t.store);
    const batch = Array.from({ length: 20 }, (_, i) => s.mutation('volunteers', `v${i}`, { name: `志愿者${i}` }, { create: true }));
    fail = true;
    const failed = await s.push(batch);
    expect(failed.statusCode).toBe(500);
    expect(failed.json()).toMatchObject({ error: 'internal' });
    expect(failed.body).not.toContain('injected');
    expect(await countRecords(t.store)).toBe(records);
    expect(await countChanges(t.store)).toBe(changes);
    const device = await t.store.db.selectFrom('devices').select('last_seq_applied').where('id', '=', s.deviceId).executeTakeFirstOrThrow();
    expect(Number(device.last_seq_applied)).toBe(1);
    fail = false;
    expect((await s.pushOk(batch)).acknowledgedThrough).toBe(21);
    expect((await s.pushOk(batch)).acknowledgedThrough).toBe(21);
    expect(await countRecords(t.store)).toBe(records + 20);
    expect(await countChanges(t.store)).toBe(changes + 20);
  });
});
