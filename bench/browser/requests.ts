/**
 * `requests`: a station database of N demo requests (default 1,000,000); p95 over `runs` of
 * the desk counts, a filtered sorted list page and a pinyin search, each beside a baseline of
 * the same results fetched with hand-written raw Dexie indexed queries in the same run.
 * Runs alternate which goes first so neither always meets a warmer cache.
 */
import Dexie from 'dexie';
import type { HelpRequest } from '../../shared/domain/entities';
import type { LianxinDb } from '../../renderer/src/db/schema';
import { requestPage } from '../../renderer/src/features/requests/list/queries';
import { deskCounts } from '../../renderer/src/features/requests/desk/queries';
import { OPEN_STATUSES } from '../../shared/requests/lifecycle';
import { percentile, round, time } from './timing';
import { BENCH_NOW, stationDb, writeCost } from './requests-setup';

const now = new Date(BENCH_NOW);
/** The city-level station: its callbacks span the whole database. */
const STATION = 'JX';

type Case = { name: string; ours: (db: LianxinDb) => Promise<unknown>; raw: (db: LianxinDb) => Promise<unknown> };

const ids = (rows: HelpRequest[]) => rows.map((r) => r.id).join();

const CASES: Case[] = [
  {
    name: 'desk counts',
    ours: (db) => deskCounts(db, STATION, now),
    raw: async (db) => {
      const t = db.synced('requests');
      const held = (statuses: readonly string[], to = '\uffff') =>
        Promise.all(statuses.map((s) => t.where('[holderPath+status+dueAt]').between([STATION, s, ''], [STATION, s, to], true, false).count()));
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      const [a, b, c, d, e, f] = await Promise.all([
        held(['intake', 'escalated', 'returned', 'redo']), held(['dispatched']), held(['accepted', 'inProgress']), held(OPEN_STATUSES, now.toISOString()),
        t.where('[status+orgPath]').equals(['completed', STATION]).count(), t.where('[status+orgPath]').between(['completed', `${STATION}/`], ['completed', `${STATION}/\uffff`]).count(),
      ]);
      return { toDispatch: sum(a), awaitingAcceptance: sum(b), inProgress: sum(c), overdue: sum(d), toCallBack: e + f };
    },
  },
  {
    name: 'list page (in progress, C1, newest first, 50)',
    ours: async (db) => ids((await requestPage(db, { statuses: ['inProgress'], categoryCode: 'C1' }, { field: 'receivedAt', descending: true }, null, { now })).rows),
    raw: async (db) => ids(await db.synced('requests').where('[status+receivedAt]').between(['inProgress', Dexie.minKey], ['inProgress', Dexie.maxKey])
      .reverse().filter((r) => r.categoryCode === 'C1').limit(50).toArray()),
  },
  {
    name: 'pinyin search (zh, newest first, 50)',
    ours: async (db) => ids((await requestPage(db, { search: 'zh' }, { field: 'receivedAt', descending: true }, null, { now })).rows),
    raw: async (db) => ids(await db.synced('requests').orderBy('receivedAt').reverse()
      .filter((r) => r.callerPinyin.startsWith('zh') || r.callerInitials.startsWith('zh')).limit(50).toArray()),
  },
];

(window as unknown as { bench: unknown }).bench = async ({ requests, runs, partial }: { requests: number; runs: number; partial: boolean }) => {
  const cost = await writeCost();
  console.log(`write cost, 20,000 requests bulkPut: schema v1 ${round(cost.v1)} ms, v2 (list/desk indexes) ${round(cost.v2)} ms (×${(cost.v2 / cost.v1).toFixed(2)})`);
  const db = await stationDb(requests, partial);
  const held = await db.synced('requests').count();
  const p95s: Record<string, { ours: number; raw: number }> = {};
  for (const c of CASES) {
    const a = JSON.stringify(await c.ours(db));
    const b = JSON.stringify(await c.raw(db));
    if (a !== b) throw new Error(`${c.name}: results differ from the baseline\n${a}\n${b}`);
    const ours: number[] = [];
    const raw: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (i % 2) ours.push(await time(() => c.ours(db)));
      raw.push(await time(() => c.raw(db)));
      if (!(i % 2)) ours.push(await time(() => c.ours(db)));
    }
    p95s[c.name] = { ours: round(percentile(ours, 95)), raw: round(percentile(raw, 95)) };
    console.log(`${c.name}: p95 ${p95s[c.name]!.ours} ms, raw Dexie ${p95s[c.name]!.raw} ms   result ${a.slice(0, 90)}`);
  }
  const value = Object.values(p95s).reduce((s, p) => s + p.ours, 0);
  const baseline = Object.values(p95s).reduce((s, p) => s + p.raw, 0);
  db.close();
  return { unit: 'ms', value: round(value), baseline: round(baseline), p95s, requests: held, of: requests, runs, writeCost: { v1: round(cost.v1), v2: round(cost.v2) }, target: { ratio: 1.5, p95: 100 } };
};
