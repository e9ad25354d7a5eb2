import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LianxinDb } from '../db/schema';
import { DataLayer } from '../db/data-layer';
import { MAX_BODY_BYTES, PROTOCOL_VERSION } from '../../../shared/sync/protocol';
import { MAX_PHOTO_BASE64 } from '../../../shared/residents/photos';
import { acknowledge, nextBatch } from './push';

const clerk = { operatorId: 'op-1' };
let db: LianxinDb;
let data: DataLayer;
beforeEach(async () => {
  db = new LianxinDb(`push-bytes-${Math.random()}`);
  await db.open();
  data = new DataLayer(db);
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** A visit photo as large as the rules allow (base64 of ~450 KB). */
const photo = (i: number) => ({ orgPath: 'JX/NH/T01/V001', visitId: `visit-${i}`, takenAt: '2026-11-27T02:00:00.000Z', mime: 'image/jpeg' as const, width: 1280, height: 960, data: 'A'.repeat(MAX_PHOTO_BASE64) });
/** The push body as the centre client sends it. */
const bodyBytes = (mutations: unknown[]) => new TextEncoder().encode(JSON.stringify({ protocol: PROTOCOL_VERSION, schemaVersion: 11, appVersion: '0.1.0-beta.12', mutations })).length;

describe('push batches cut by bytes', () => {
  it('never builds a push larger than the centre takes, however many photos wait, and sends them all in order', async () => {
    // Four photos per transaction (one visit), six visits: ~14 MB waiting, far fewer than 500 mutations.
    for (let v = 0; v < 6; v++) await data.createMany(clerk, 'visitPhotos', [0, 1, 2, 3].map((k) => photo(v * 4 + k)));
    const seen: number[] = [];
    for (;;) {
      const batch = await nextBatch(db, 500);
      if (batch.length === 0) break;
      expect(bodyBytes(batch)).toBeLessThanOrEqual(MAX_BODY_BYTES);
      // Cut by bytes, not by count: more than one photo still travels together.
      expect(batch.length).toBeGreaterThan(1);
      seen.push(...batch.map((m) => m.seq));
      await acknowledge(db, batch, { acknowledgedThrough: batch.at(-1)!.seq, rejected: [], centreTime: '' }, '');
    }
    expect(seen).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });

  it('still cuts by count when mutations are small, and sends a single mutation above the byte budget alone', async () => {
    await data.createMany(clerk, 'teams', Array.from({ length: 5 }, (_, i) => ({ orgPath: 'JX/NH/T01/V001', name: `队${i}`, type: 'care' as const, level: 'village' as const })));
    expect((await nextBatch(db, 3)).map((m) => m.seq)).toEqual([1, 2, 3]);
    expect((await nextBatch(db, 500, 10)).map((m) => m.seq)).toEqual([1]);
  });
});
