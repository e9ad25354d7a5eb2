/**
 * `first-sync` (browser side; the centre and its records are bench/first-sync.ts): a new station
 * enrols with a code and runs its sync runner until the first pull is done, exactly as the app
 * does — the real CentreClient over fetch, the real pull, merge, re-derivation and every DBCore
 * middleware of LianxinDb. Prints
 * - records per second of the whole first sync, and its total time;
 * - the time until the first usable tier (catalogue and teams, open requests and their events,
 *   everything changed in the last 90 days) is stored: the moment the station can take calls;
 * - how long the station waited on the centre and the network (from storing a page until the
 *   next one was read: the pull asks for the next page while it stores one, so the centre's own
 *   time, also printed, mostly overlaps the station's) and how long it was busy storing;
 * - the baseline: the very same records bulkPut raw, page by page, into a plain Dexie database
 *   with the same indexes and no middleware, no merge, no re-derivation.
 */
import Dexie from 'dexie';
import { LianxinDb } from '../../renderer/src/db/schema';
import { applyMigrations } from '../../renderer/src/db/migrations';
import { enrol } from '../../renderer/src/sync/enrolment';
import { SyncRunner } from '../../renderer/src/sync/runner';
import { useSyncStatus } from '../../renderer/src/sync/status-store';
import { APP_VERSION } from '../../renderer/src/sync/version';
import { mergeChange, type ClockedRecord } from '../../renderer/src/sync/merge';
import { aggregatesConsistent } from '../../renderer/src/features/dashboard/aggregates/rebuild';
import { SYNCED_TABLES } from '../../shared/domain/entities';
import type { Change } from '../../shared/sync/protocol';
import { round } from './timing';

const NAME = 'bench-first-sync';
const RAW = 'bench-first-sync-raw';

interface Pull {
  /** ms from the start of the sync when the request left and when its body was read. */
  sent: number;
  read: number;
  body: string;
  changes: number;
}

/** The cursor the station sends is opaque to it; the bench peeks at the tier to time the first usable one. */
function tierOf(url: string): number | 'log' | undefined {
  const cursor = new URL(url, location.origin).searchParams.get('cursor');
  if (!cursor) return undefined;
  const json = JSON.parse(atob(cursor.replaceAll('-', '+').replaceAll('_', '/'))) as { phase: string; tier?: number };
  return json.phase === 'log' ? 'log' : json.tier;
}

async function baseline(pulls: readonly Pull[]): Promise<number> {
  await Dexie.delete(RAW);
  const raw = new Dexie(RAW);
  applyMigrations(raw);
  await raw.open();
  let ms = 0;
  for (const pull of pulls) {
    // The records exactly as the station stores them, built before the clock starts.
    const byTable = new Map<string, ClockedRecord[]>();
    for (const change of (JSON.parse(pull.body) as { changes: Change[] }).changes) {
      const record = mergeChange(undefined, change);
      if (!record) continue;
      const list = byTable.get(change.table) ?? [];
      list.push(record);
      byTable.set(change.table, list);
    }
    if (byTable.size === 0) continue;
    const start = performance.now();
    await raw.transaction('rw', [...byTable.keys()], async () => {
      for (const [table, records] of byTable) await raw.table(table).bulkPut(records);
    });
    ms += performance.now() - start;
  }
  raw.close();
  await Dexie.delete(RAW);
  return ms;
}

(window as unknown as { bench: unknown }).bench = async ({ code, stationPath, pageSize, now }: { code: string; stationPath: string; pageSize: number; now: number }) => {
  await Dexie.delete(NAME);
  const db = new LianxinDb(NAME);
  await db.open();
  await enrol(db, { centreUrl: location.origin, code, label: 'bench first-sync', appVersion: APP_VERSION, stationPath });

  const pulls: Pull[] = [];
  let start = 0;
  let usableAt: number | undefined;
  let usableRecords = 0;
  const fetchTimed = async (url: string, init: RequestInit): Promise<Response> => {
    const sent = performance.now() - start;
    const pull = url.includes('/api/sync/pull');
    const tier = pull ? tierOf(url) : undefined;
    // The first pull asking for tier 2 (or the log) comes after tiers 0 and 1 were stored.
    if (usableAt === undefined && (tier === 'log' || (typeof tier === 'number' && tier >= 2))) {
      usableAt = sent;
      usableRecords = pulls.reduce((n, p) => n + p.changes, 0);
    }
    const res = await fetch(url, init);
    const body = await res.text();
    const read = performance.now() - start;
    if (pull && res.ok) {
      const changes = (JSON.parse(body) as { changes: unknown[] }).changes.length;
      pulls.push({ sent, read, body, changes });
      if (pulls.length % 10 === 0) {
        const done = pulls.reduce((n, p) => n + p.changes, 0);
        console.log(`page ${pulls.length}: ${done} records in ${round(read / 1000)} s (${Math.round(done / (read / 1000))} records/s), tier ${tier ?? 0}`);
      }
    }
    return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
  };

  // When each page was stored: the runner reports progress after storing a page.
  const stored: number[] = [];
  const unsubscribe = useSyncStatus.subscribe((s, before) => {
    if (s.progress && s.progress !== before.progress) stored.push(performance.now() - start);
  });
  const runner = new SyncRunner({ db, appVersion: APP_VERSION, fetch: fetchTimed, pageSize, now: () => now });
  start = performance.now();
  const outcome = await runner.syncNow();
  const totalMs = performance.now() - start;
  unsubscribe();
  if (outcome !== 'done') throw new Error(`first sync ended ${outcome}: ${JSON.stringify(useSyncStatus.getState().lastError)}`);

  const records = pulls.reduce((n, p) => n + p.changes, 0);
  const centreMs = pulls.reduce((n, p) => n + (p.read - p.sent), 0);
  const waitMs = pulls.reduce((n, p, i) => n + Math.max(0, p.read - (i === 0 ? 0 : (stored[i - 1] ?? p.sent))), 0);
  const held: Record<string, number> = {};
  for (const t of SYNCED_TABLES) {
    const n = await db.table(t).count();
    if (n) held[t] = n;
  }
  const consistent = await aggregatesConsistent(db);
  db.close();
  const perSecond = Math.round(records / (totalMs / 1000));
  console.log(`first sync: ${records} records in ${pulls.length} pages, ${round(totalMs / 1000)} s: ${perSecond} records/s`);
  console.log(`  first usable tier (catalogue, open requests, last 90 days; ${usableRecords} records): ${round((usableAt ?? totalMs) / 1000)} s`);
  console.log(`  station waiting on the centre and network: ${round(waitMs / 1000)} s; busy (parse, merge, write): ${round((totalMs - waitMs) / 1000)} s; the centre's own time (sent until read, overlapping): ${round(centreMs / 1000)} s`);
  console.log(`  held: ${JSON.stringify(held)}; dashboard aggregates equal a rebuild: ${consistent}`);

  const rawMs = await baseline(pulls);
  const rawPerSecond = Math.round(records / (rawMs / 1000));
  console.log(`baseline: the same ${records} records bulkPut raw, page by page, same indexes: ${round(rawMs / 1000)} s: ${rawPerSecond} records/s`);
  await Dexie.delete(NAME);
  return {
    unit: 'records/s',
    value: perSecond,
    baseline: rawPerSecond,
    records,
    pages: pulls.length,
    totalS: round(totalMs / 1000),
    usableS: round((usableAt ?? totalMs) / 1000),
    usableRecords,
    waitS: round(waitMs / 1000),
    stationS: round((totalMs - waitMs) / 1000),
    centreS: round(centreMs / 1000),
    rawS: round(rawMs / 1000),
    aggregatesConsistent: consistent,
  };
};
