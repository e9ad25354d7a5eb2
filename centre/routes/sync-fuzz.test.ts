import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { buildCentre } from '../app';
import { countChanges, countRecords } from '../db/store';
import { STORE_KINDS, useTestStore } from '../testing/test-store';
import { TestStation } from '../testing/sync';
import { SYNCED_TABLES } from '../../shared/domain/entities';
import { PROTOCOL_VERSION } from '../../shared/sync/protocol';

const FAST = { burst: 1_000_000, perSecond: 100_000 };

describe.each(STORE_KINDS)('malformed sync requests over %s', (kind) => {
  const t = useTestStore(kind);
  let app: FastifyInstance;
  let station: TestStation;
  beforeAll(async () => {
    app = buildCentre({ store: t.store, sync: { rate: FAST, enrolRate: FAST } });
    await app.ready();
    station = await TestStation.enrol(app, t.store, 'JX/NH/T01/V001');
  });
  afterAll(() => app.close());

  const counts = async () => [await countRecords(t.store), await countChanges(t.store)];

  it('answers any JSON that is not a push, pull or enrolment with a 4xx and changes nothing', async () => {
    const before = await counts();
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom('push', 'enrol', 'text'), async (body, route) => {
        const res =
          route === 'text'
            ? await app.inject({ method: 'POST', url: '/api/sync/push', headers: { ...station.auth(), 'content-type': 'application/json' }, payload: JSON.stringify(body).slice(1) })
            : await app.inject({ method: 'POST', url: `/api/sync/${route}`, headers: { ...station.auth(), 'content-type': 'application/json' }, payload: JSON.stringify(body) ?? 'null' });
        expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
        expect(res.statusCode, res.body).toBeLessThan(500);
        expect(res.json()).toHaveProperty('message');
      }),
      { numRuns: 200 },
    );
    expect(await counts()).toEqual(before);
  });

  it('answers pushes with random mutations with 200 or a 4xx, never a 5xx', async () => {
    const value = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined));
    const mutation = fc.record({
      mutationId: fc.oneof(fc.string({ maxLength: 70 }), value),
      table: fc.oneof(fc.constantFrom(...SYNCED_TABLES), value),
      recordId: fc.oneof(fc.string({ minLength: 1, maxLength: 70 }), value),
      orgPath: fc.oneof(fc.constantFrom('JX', 'JX/NH/T01/V001', 'JX/NH/T01/V002', 'JX/XZ', 'jx/', ''), value),
      op: fc.constantFrom('upsert', 'delete'),
      fields: fc.oneof(fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('createdAt', 'id', 'orgPath', 'deleted', 'requestId', 'kind', 'data', '__proto__')), value), value),
      hlc: fc.oneof(fc.constant(station.hlc()), fc.constant('999999999999999-0000-x'), fc.string({ maxLength: 30 })),
      operatorId: fc.oneof(fc.constant('op'), value),
    }, { requiredKeys: [] });
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 0, maxLength: 5 }), fc.integer({ min: -1, max: 3 }), async (mutations, protocolDelta) => {
        const seq = station.seq;
        const body = { protocol: protocolDelta === 3 ? PROTOCOL_VERSION : PROTOCOL_VERSION + protocolDelta, schemaVersion: 4, appVersion: '0.1.0', mutations: mutations.map((m, i) => ({ ...m, seq: seq + 1 + i })) };
        const res = await app.inject({ method: 'POST', url: '/api/sync/push', headers: station.auth(), payload: body });
        expect(res.statusCode, res.body).toBeLessThan(500);
        if (res.statusCode === 200) station.seq = (res.json() as { acknowledgedThrough: number }).acknowledgedThrough;
      }),
      { numRuns: 200 },
    );
  });

  it('answers random pull queries with 200 or a 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.dictionary(fc.constantFrom('cursor', 'limit', 'x'), fc.string({ maxLength: 40 })), async (query) => {
        const res = await app.inject({ method: 'GET', url: `/api/sync/pull?${new URLSearchParams(query)}`, headers: station.auth() });
        expect(res.statusCode, res.body).toBeLessThan(500);
      }),
      { numRuns: 100 },
    );
  });
});
