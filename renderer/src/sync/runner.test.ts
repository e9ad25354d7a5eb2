import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import { LianxinDb } from '../db/schema';
import { DataLayer } from '../db/data-layer';
import { SyncRunner } from './runner';
import { inProcessLocks, type LockManagerLike } from './locks';
import { ENROLMENT_KEY } from './local-state';
import { initialSyncStatus, type SyncStatus } from './status-store';
import type { FetchLike } from './centre-client';
import { backoffDelay } from './backoff';

let db: LianxinDb;
beforeEach(async () => {
  db = new LianxinDb(`runner-${Math.random()}`);
  await db.open();
  await db.meta.put({ key: ENROLMENT_KEY, value: { centreUrl: 'http://centre.test', deviceId: 'd1', credential: 'secret', orgPath: 'JX/NH/T01/V001', enrolledAt: '' } });
  await new DataLayer(db).create({ operatorId: 'o' }, 'teams', { orgPath: 'JX/NH/T01/V001', name: '甲', type: 'care', level: 'village' });
});
afterEach(async () => {
  db.close();
  await db.delete();
});

/** An answer of the centre as the network delivers it (status and JSON body). */
const answer = (status: number, body: unknown, headers: Record<string, string> = {}): FetchLike => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

function runner(fetch: FetchLike, extra: { online?: boolean; locks?: LockManagerLike } = {}) {
  const status = createStore<SyncStatus>(() => initialSyncStatus());
  const retries: number[] = [];
  const r = new SyncRunner({
    db, appVersion: '0.1.0', fetch, status, locks: extra.locks ?? inProcessLocks(), isOnline: () => extra.online ?? true, random: () => 1,
    scheduleRetry: (_run, ms) => {
      retries.push(ms);
      return () => undefined;
    },
  });
  return { r, status, retries };
}

describe('SyncRunner', () => {
  it('does nothing before enrolment', async () => {
    await db.meta.delete(ENROLMENT_KEY);
    expect(await runner(answer(200, {})).r.syncNow()).toBe('notEnrolled');
  });

  it('says offline without calling the centre, and waits for the network instead of retrying', async () => {
    let called = 0;
    const { r, status, retries } = runner(async () => (called++, new Response('{}')), { online: false });
    expect(await r.syncNow()).toBe('failed');
    expect(called).toBe(0);
    expect(status.getState().lastError?.kind).toBe('offline');
    expect(retries).toEqual([]);
  });

  it('retries an unreachable centre with growing backoff, and keeps the outbox', async () => {
    const { r, status, retries } = runner(async () => {
      throw new TypeError('connection refused');
    });
    await r.syncNow();
    await r.syncNow();
    expect(status.getState().lastError?.kind).toBe('unreachable');
    expect(retries).toEqual([backoffDelay(1, { random: () => 1 }), backoffDelay(2, { random: () => 1 })]);
    expect(retries[1]! > retries[0]!).toBe(true);
    expect(await db.outbox.count()).toBe(1);
  });

  it('waits as long as a 429 asks', async () => {
    const { r, status, retries } = runner(answer(429, { error: 'rate_limited', message: 'busy', retryAfterSeconds: 42 }));
    await r.syncNow();
    expect(status.getState().lastError).toMatchObject({ kind: 'rateLimited', retryAfterSeconds: 42 });
    expect(retries).toEqual([42_000]);
  });

  it('asks a person to enrol again when revoked, keeps the outbox and does not retry', async () => {
    const { r, status, retries } = runner(answer(401, { error: 'revoked', message: 'revoked on 2026-11-28' }));
    await r.syncNow();
    expect(status.getState().lastError?.kind).toBe('revoked');
    expect(retries).toEqual([]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('halves the batch on 413 until the centre takes it', async () => {
    const sizes: number[] = [];
    await new DataLayer(db).createMany({ operatorId: 'o' }, 'teams', Array.from({ length: 9 }, (_, i) => ({ orgPath: 'JX/NH/T01/V001', name: `t${i}`, type: 'care' as const, level: 'village' as const })));
    const { r } = runner(async (url, init) => {
      if (url.includes('/pull')) return new Response(JSON.stringify({ changes: [], cursor: 'c', more: false, phase: 'log', centreTime: '' }));
      const body = JSON.parse(String(init.body)) as { mutations: { seq: number }[] };
      sizes.push(body.mutations.length);
      if (body.mutations.length > 3) return new Response(JSON.stringify({ error: 'too_large', message: 'too large' }), { status: 413 });
      return new Response(JSON.stringify({ acknowledgedThrough: body.mutations.at(-1)!.seq, rejected: [], centreTime: '' }));
    });
    expect(await r.syncNow()).toBe('done');
    expect(sizes.slice(0, 3)).toEqual([10, 5, 3]);
    expect(await db.outbox.count()).toBe(0);
  });

  it('gives way when another window holds the station sync lock', async () => {
    const held: LockManagerLike = { request: (_n, _o, callback) => callback(null) };
    expect(await runner(answer(200, {}), { locks: held }).r.syncNow()).toBe('busy');
  });
});
