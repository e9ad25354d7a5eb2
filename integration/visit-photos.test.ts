/**
 * Visit photos through the real centre: a village with 16 full-size photos waiting (~9.6 MB,
 * above the centre's 5 MB body limit, far below 500 mutations) pushes them in batches cut by bytes,
 * none refused; the town above pulls every one intact, in pages the centre cuts by bytes too —
 * both in its first sync (the snapshot) and afterwards (the change log, whose rows refer to the
 * bytes in the photo records rather than copy them).
 */
import { describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../centre/testing/test-store';
import { useNetwork } from './harness/network';
import { rejectionsTable } from '../renderer/src/sync/local-state';
import { MAX_PHOTO_BASE64 } from '../shared/residents/photos';

const VILLAGE = 'JX/NH/T01/V001';
const TOWN = 'JX/NH/T01';

describe.each(STORE_KINDS)('visit photos across stations on %s', (kind) => {
  let pushes = 0;
  let pulls = 0;
  const { test, stations } = useNetwork(kind, 5, { village: { path: VILLAGE }, town: { path: TOWN } }, {
    onApp: (app) => app.addHook('onRequest', async (req) => {
      if (req.url.startsWith('/api/sync/push')) pushes += 1;
      if (req.url.startsWith('/api/sync/pull')) pulls += 1;
    }),
  });

  it('pushes photos past the body limit in byte-cut batches, and the town pulls them all', async () => {
    const { village, town } = stations;
    await addPhotos(0);
    pushes = 0;
    expect(await village.runner.syncNow()).toBe('done');
    expect(await rejectionsTable(village.db).count()).toBe(0);
    expect(await village.data.pendingCount()).toBe(0);
    // The centre holds each photo's bytes once, in its record: its change-log rows refer to them.
    expect(await loggedPhotoBytes()).toBeLessThan(16 * 1024);
    // 16 photos of ~0.6 MB: at least two requests, and no 413 halving (that would be more).
    expect(pushes).toBeGreaterThanOrEqual(2);
    expect(pushes).toBeLessThanOrEqual(3);

    // The town's first sync: a snapshot of ~9.6 MB comes in more than one page (8 MB each at most).
    pulls = 0;
    expect(await town.runner.syncNow()).toBe('done');
    expect(pulls).toBeGreaterThanOrEqual(3); // two snapshot pages and the log's
    await expectPhotos(16);

    // Then the change log: 16 more, again in pages cut by bytes.
    await addPhotos(16);
    expect(await village.runner.syncNow()).toBe('done');
    pulls = 0;
    expect(await town.runner.syncNow()).toBe('done');
    expect(pulls).toBeGreaterThanOrEqual(2);
    await expectPhotos(32);
  });

  /** Four visits of four photos, distinct contents, each as large as the rules allow. */
  async function addPhotos(from: number) {
    const { village } = stations;
    const actor = { operatorId: village.operatorId };
    for (let v = 0; v < 4; v++) {
      await village.data.createMany(actor, 'visitPhotos', [0, 1, 2, 3].map((k) => ({
        orgPath: VILLAGE, visitId: `visit-${from + v * 4}`, takenAt: '2026-11-27T02:00:00.000Z', mime: 'image/jpeg' as const, width: 1280, height: 960,
        data: String.fromCharCode(65 + ((from + v * 4 + k) % 26)) + String.fromCharCode(97 + Math.floor((from + v * 4 + k) / 26)) + 'A'.repeat(MAX_PHOTO_BASE64 - 2),
      })));
    }
  }

  /** Characters of the change log's rows of visit photos. */
  async function loggedPhotoBytes() {
    const rows = await test.store.db.selectFrom('changes').select('fields').where('tbl', '=', 'visitPhotos').execute();
    expect(rows).toHaveLength(16);
    return rows.reduce((n, r) => n + r.fields.length, 0);
  }

  async function expectPhotos(n: number) {
    const { town } = stations;
    const pulled = await town.db.synced('visitPhotos').toArray();
    expect(pulled).toHaveLength(n);
    expect(new Set(pulled.map((p) => p.data.slice(0, 2))).size).toBe(n);
    expect(pulled.every((p) => p.data.length === MAX_PHOTO_BASE64)).toBe(true);
  }
});
