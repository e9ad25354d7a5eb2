/**
 * The randomised convergence test of the REAL station sync client (Dexie on fake-indexeddb,
 * the data layer, the runner) against the REAL centre (Fastify + store), on SQLite and on
 * PostgreSQL. Four stations — two villages of one town, the town, and a village of another
 * county — make random edits and request steps through the data layer while the network loses
 * answers, delivers requests twice and replays old batches late, stations stay offline for
 * long stretches and their clocks are hours off. At the end every station holds exactly what
 * the centre holds in its scope, and every write the centre acknowledged is there.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildCentre } from '../centre/app';
import { createEnrolmentCode } from '../centre/enrolment/enrolment';
import { fieldClock } from '../centre/db/field-clocks';
import { STORE_KINDS, useTestStore } from '../centre/testing/test-store';
import { compareHlc } from '../shared/clock/hlc';
import type { Mutation } from '../shared/sync/mutation';
import { mulberry32 } from './harness/random';
import { injectFetch, type InjectFetch } from './harness/inject-fetch';
import { openStation, type TestStation } from './harness/station';
import { centreRecords, differences } from './harness/compare';
import { randomStep } from './harness/random-ops';
import { nextBatch } from '../renderer/src/sync/push';
import { rejectionsTable } from '../renderer/src/sync/local-state';
import { removeRefusedRecord, isRejectedCreation } from '../renderer/src/sync/rejections';
import { peekDevice } from '../renderer/src/db/device';

const ROUNDS = Number(process.env.CONVERGENCE_ROUNDS ?? 30);
const SEED = Number(process.env.CONVERGENCE_SEED ?? 20261128);
const HOUR = 3_600_000;

/** Each station's clock error: two are hours behind, one a little ahead (within what the centre accepts). */
const STATIONS = [
  { name: 'village1', path: 'JX/NH/T01/V001', skew: -3 * HOUR },
  { name: 'village2', path: 'JX/NH/T01/V002', skew: 2 * 60_000 },
  { name: 'town', path: 'JX/NH/T01', skew: 0 },
  { name: 'elsewhere', path: 'JX/XZ/T02/V010', skew: -7 * HOUR },
] as const;

// Per-station clock skew: the data layer's HLC and timestamps read Date.now, so the test moves
// it while a station works and puts it back while the centre answers.
const realNow = Date.now.bind(Date);
let skew = 0;
async function at<T>(ms: number, run: () => Promise<T>): Promise<T> {
  const before = skew;
  skew = ms;
  try {
    return await run();
  } finally {
    skew = before;
  }
}

describe.each(STORE_KINDS)('convergence of stations and the centre on %s', (kind) => {
  const test = useTestStore(kind);
  let app: FastifyInstance;
  let net: InjectFetch;
  const stations: TestStation[] = [];
  /** Mutations the centre acknowledged without rejecting: each must be on the centre at the end. */
  const acknowledged: Mutation[] = [];

  beforeAll(async () => {
    vi.spyOn(Date, 'now').mockImplementation(() => realNow() + skew);
    app = buildCentre({ store: test.store });
    await app.ready();
    const random = mulberry32(SEED);
    net = injectFetch(app, random, (run) => at(0, run));
    for (const s of STATIONS) {
      const { code } = await createEnrolmentCode(test.store, s.path);
      stations.push(await at(s.skew, () => openStation(s.name, s.path, net.fetch, code)));
    }
  });
  afterAll(async () => {
    vi.restoreAllMocks();
    for (const s of stations) await s.close();
    await app?.close();
  });

  async function sync(station: TestStation, skewMs: number): Promise<void> {
    await at(skewMs, async () => {
      const before = await nextBatch(station.db, 100_000);
      await station.runner.syncNow();
      const acked = (await peekDevice(station.db.meta))?.ackedSeq ?? 0;
      const rejected = new Set((await rejectionsTable(station.db).toArray()).map((r) => r.mutationId));
      for (const m of before) if (m.seq <= acked && !rejected.has(m.mutationId)) acknowledged.push(m);
    });
  }

  it(`ends with every replica equal after ${ROUNDS} random rounds`, { timeout: 240_000 }, async () => {
    const random = mulberry32(SEED + 1);
    const offlineUntil = new Map<string, number>();
    net.faults = { loseAnswer: 0.15, duplicate: 0.1, replayOld: 0.15 };
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, station] of stations.entries()) {
        const { skew: skewMs } = STATIONS[i]!;
        // Long stretches offline: a station drops off for up to a third of the run.
        if ((offlineUntil.get(station.name) ?? -1) < round && random() < 0.08) offlineUntil.set(station.name, round + 1 + Math.floor(random() * (ROUNDS / 3)));
        station.online = (offlineUntil.get(station.name) ?? -1) < round;
        const ops = 1 + Math.floor(random() * 3);
        for (let k = 0; k < ops; k++) await at(skewMs, () => randomStep(station, random, round));
        if (random() < 0.6) await sync(station, skewMs);
      }
    }
    // Everyone back online on a quiet network: sync until nothing moves, handling refusals as
    // a person would (a refused new record is removed from the PC that made it).
    net.faults = { loseAnswer: 0, duplicate: 0, replayOld: 0 };
    for (const s of stations) s.online = true;
    for (let pass = 0; pass < 3; pass++) {
      for (const [i, s] of stations.entries()) {
        await sync(s, STATIONS[i]!.skew);
        for (const r of await rejectionsTable(s.db).toArray()) {
          if (isRejectedCreation(r)) {
            await removeRefusedRecord(s.db, r);
            s.removed += 1;
          }
        }
      }
    }
    for (const [i, s] of stations.entries()) await sync(s, STATIONS[i]!.skew);

    const centre = await centreRecords(test.store);
    for (const s of stations) {
      expect(s.status.getState().lastError, `${s.name} last error`).toBeUndefined();
      expect(await s.data.pendingCount(), `${s.name} pending`).toBe(0);
      expect(await differences(s, centre)).toEqual([]);
    }
    // No acknowledged write is missing: the centre holds each field at that clock or a later one.
    const byKey = new Map(centre.map((r) => [`${r.tbl}/${r.id}`, r]));
    const missing: string[] = [];
    for (const m of acknowledged) {
      const held = byKey.get(`${m.table}/${m.recordId}`);
      if (!held) missing.push(`${m.table} ${m.recordId} (seq ${m.seq})`);
      else for (const field of Object.keys(m.fields)) {
        if (field === 'id' || field === 'flags') continue;
        const clock = fieldClock(held.fieldClocks, field);
        if (!clock || compareHlc(clock, m.hlc) < 0) missing.push(`${m.table} ${m.recordId}.${field} (seq ${m.seq})`);
      }
    }
    expect(missing).toEqual([]);
    const flagged = centre.filter((r) => r.tbl === 'requests' && Array.isArray(r.data.flags)).length;
    const refused = await Promise.all(stations.map(async (s) => (await rejectionsTable(s.db).count()) + s.removed));
    console.info(`[${kind}] ${acknowledged.length} acknowledged mutations, ${net.lost} answers lost, ${net.replayed} old batches replayed, ${refused.join('/')} refusals, ${flagged} flagged requests, ${centre.length} records`);
    // The run exercised what it claims to.
    expect(acknowledged.length).toBeGreaterThan(ROUNDS);
    expect(net.lost).toBeGreaterThan(0);
    expect(net.replayed).toBeGreaterThan(0);
    expect(centre.filter((r) => r.tbl === 'requestEvents').length).toBeGreaterThan(ROUNDS / 2);
  });
});
