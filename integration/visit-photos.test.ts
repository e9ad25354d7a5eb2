/**
 * Visit photos through the real centre: a village with 16 full-size photos waiting (~9.6 MB,
 * above the centre's 5 MB body limit, far below 500 mutations) pushes them in batches cut by bytes,
 * none refused; the town above pulls every one intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildCentre } from '../centre/app';
import { createEnrolmentCode } from '../centre/enrolment/enrolment';
import { STORE_KINDS, useTestStore } from '../centre/testing/test-store';
import { mulberry32 } from './harness/random';
import { injectFetch } from './harness/inject-fetch';
import { openStation, type TestStation } from './harness/station';
import { rejectionsTable } from '../renderer/src/sync/local-state';
import { MAX_PHOTO_BASE64 } from '../shared/residents/photos';

const VILLAGE = 'JX/NH/T01/V001';
const TOWN = 'JX/NH/T01';

describe.each(STORE_KINDS)('visit photos across stations on %s', (kind) => {
  const test = useTestStore(kind);
  let app: FastifyInstance;
  let village: TestStation;
  let town: TestStation;
  let pushes = 0;

  beforeAll(async () => {
    app = buildCentre({ store: test.store });
    app.addHook('onRequest', async (req) => {
      if (req.url.startsWith('/api/sync/push')) pushes += 1;
    });
    await app.ready();
    const net = injectFetch(app, mulberry32(5));
    village = await openStation('village', VILLAGE, net.fetch, (await createEnrolmentCode(test.store, VILLAGE)).code);
    town = await openStation('town', TOWN, net.fetch, (await createEnrolmentCode(test.store, TOWN)).code);
  });
  afterAll(async () => {
    await village?.close();
    await town?.close();
    await app?.close();
  });

  it('pushes photos past the body limit in byte-cut batches, and the town pulls them all', async () => {
    const actor = { operatorId: village.operatorId };
    // Distinct contents, each as large as the rules allow.
    const data = (i: number) => String.fromCharCode(65 + i).repeat(MAX_PHOTO_BASE64);
    for (let v = 0; v < 4; v++) {
      await village.data.createMany(actor, 'visitPhotos', [0, 1, 2, 3].map((k) => ({
        orgPath: VILLAGE, visitId: `visit-${v}`, takenAt: '2026-11-27T02:00:00.000Z', mime: 'image/jpeg' as const, width: 1280, height: 960, data: data(v * 4 + k),
      })));
    }
    pushes = 0;
    expect(await village.runner.syncNow()).toBe('done');
    expect(await rejectionsTable(village.db).count()).toBe(0);
    expect(await village.data.pendingCount()).toBe(0);
    // 16 photos of ~0.6 MB: at least two requests, and no 413 halving (that would be more).
    expect(pushes).toBeGreaterThanOrEqual(2);
    expect(pushes).toBeLessThanOrEqual(3);

    expect(await town.runner.syncNow()).toBe('done');
    const pulled = await town.db.synced('visitPhotos').orderBy('visitId').toArray();
    expect(pulled).toHaveLength(16);
    expect(new Set(pulled.map((p) => p.data[0])).size).toBe(16);
    expect(pulled.every((p) => p.data.length === MAX_PHOTO_BASE64)).toBe(true);
  });
});
