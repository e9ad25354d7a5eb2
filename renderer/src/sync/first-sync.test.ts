import 'fake-indexeddb/auto';
import type { DBCore, DBCoreTable, Middleware } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../shared/clock/hlc';
import { demoCity } from '../../../shared/demo';
import type { Change } from '../../../shared/sync/protocol';
import { LianxinDb } from '../db/schema';
import { aggregatesConsistent, aggregatesTable } from '../features/dashboard/aggregates/rebuild';
import { rebuildTallies, unitTallies, volunteerTallies } from '../features/points/tallies/rebuild';
import { applyPage, pullAll } from './pull';
import { CentreClient, type FetchLike } from './centre-client';
import { readCursor } from './local-state';

/**
 * A first sync as the centre sends it (docs/sync-protocol.md, "First sync"): every record whole,
 * pages walked by (table, id) — so a request's events come in pages before the request. The
 * pull applies such pages with one probe per table instead of a lookup per record, adds instead
 * of puts, and writes each request once, derived; the results must be those of the plain path.
 */
const NOW = Date.parse('2026-11-28T08:00:00Z');
const dbs: LianxinDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    db.close();
    await db.delete();
  }
});

async function open(use?: Middleware<DBCore>): Promise<LianxinDb> {
  const db = new LianxinDb(`first-sync-${Math.random()}`);
  if (use) db.use(use);
  await db.open();
  dbs.push(db);
  return db;
}

function whole(table: Change['table'], record: { id: string; orgPath: string }, clock: string): Change {
  return { table, recordId: record.id, orgPath: record.orgPath, fields: { ...record }, clocks: Object.fromEntries(Object.keys(record).map((f) => [f, clock])) };
}

/** The demo's requests, each with an intake and (every other one) a dispatch, and a service record for every third. */
function snapshot(count: number): Change[] {
  const changes: Change[] = [];
  const city = demoCity({ seed: 5, requests: count, volunteers: 50, now: NOW });
  let i = 0;
  for (const r of city.requests()) {
    const at = Date.parse(r.receivedAt);
    const hlc = (m: number) => encodeHlc({ wall: at + m * 60_000, counter: 0, node: 'c' });
    const event = (n: number, kind: string, data: Record<string, unknown>) => ({
      id: `${r.id}-e${n}`, orgPath: r.orgPath, createdAt: r.receivedAt, updatedAt: r.receivedAt, updatedBy: 'x',
      requestId: r.id, kind, hlc: hlc(n), at: new Date(at + n * 60_000).toISOString(), stationPath: r.orgPath, data, operatorId: 'o',
    });
    changes.push(whole('requests', r, hlc(0)), whole('requestEvents', event(0, 'intake', {}), hlc(0)));
    if (i % 2) changes.push(whole('requestEvents', event(1, 'dispatch', { assigneeKind: 'team', assigneeId: 't', assigneeName: '队' }), hlc(1)));
    if (i % 3 === 0) {
      changes.push(whole('serviceRecords', {
        id: `${r.id}-s`, orgPath: r.orgPath, createdAt: r.receivedAt, updatedAt: r.receivedAt, updatedBy: 'x', volunteerId: `v${i % 7}`,
        source: 'request', sourceId: r.id, date: r.receivedAt.slice(0, 10), place: '', beneficiary: '', content: '', hours: 1 + (i % 3), personInCharge: '', recorder: '',
      } as { id: string; orgPath: string }, hlc(2)));
    }
    i++;
  }
  // The snapshot's order: by table, then id.
  return changes.sort((a, b) => (a.table === b.table ? (a.recordId < b.recordId ? -1 : 1) : a.table < b.table ? -1 : 1));
}

async function pull(db: LianxinDb, changes: Change[], pageSize: number): Promise<void> {
  for (let i = 0; i < changes.length; i += pageSize) await applyPage(db, { changes: changes.slice(i, i + pageSize), cursor: `c${i}` }, NOW);
}

const sortedRows = async (db: LianxinDb) => ({
  requests: await db.synced('requests').toArray(),
  aggregates: await aggregatesTable(db).toArray(),
  volunteerTallies: await volunteerTallies(db).toArray(),
  unitTallies: await unitTallies(db).toArray(),
});

/** A DBCore middleware that lets a test wrap each table, to count what the pull asks of it. */
function watching(name: string, wrap: (tableName: string, table: DBCoreTable) => DBCoreTable): Middleware<DBCore> {
  return { stack: 'dbcore', name, create: (down) => ({ ...down, table: (t) => wrap(t, down.table(t)) }) };
}

describe('a first sync', () => {
  it('leaves the same requests, dashboard aggregates and points tallies as change-by-change pulls and a rebuild from scan', async () => {
    const changes = snapshot(60);
    const paged = await open();
    await pull(paged, changes, 25);
    // One change a page, twice: every record is looked up and put, never added in bulk.
    const single = await open();
    await pull(single, changes, 1);
    await pull(single, changes, 1);
    const a = await sortedRows(paged);
    expect(a).toEqual(await sortedRows(single));
    expect(a.requests.filter((r) => r.status === 'dispatched')).toHaveLength(30);
    expect(a.requests.filter((r) => r.status === 'intake')).toHaveLength(30);
    expect(await aggregatesConsistent(paged)).toBe(true);
    await rebuildTallies(paged);
    expect((await sortedRows(paged)).volunteerTallies).toEqual(a.volunteerTallies);
    expect((await sortedRows(paged)).unitTallies).toEqual(a.unitTallies);
  });

  it('writes each request of a page once, derived, and adds what the station does not hold yet', async () => {
    const writes: { type: string; count: number }[] = [];
    const db = await open(watching('countRequestWrites', (name, table) =>
      name === 'requests' ? { ...table, mutate: (req) => (writes.push({ type: req.type, count: 'values' in req ? req.values.length : 0 }), table.mutate(req)) } : table));
    const changes = snapshot(40);
    await applyPage(db, { changes, cursor: 'c1' }, NOW);
    expect(writes).toEqual([{ type: 'add', count: 40 }]);
    const r = await db.synced('requests').toArray();
    expect(r.filter((x) => x.status === 'dispatched')).toHaveLength(20);
    // The same page again (a retried pull): nothing is newer, nothing is written.
    writes.length = 0;
    await applyPage(db, { changes, cursor: 'c2' }, NOW);
    expect(writes).toEqual([]);
  });

  it('looks up no record one by one while the page names none the station holds (events before their requests)', async () => {
    const lookups: string[] = [];
    const db = await open(watching('countLookups', (name, table) => ({ ...table, getMany: (req) => (lookups.push(name), table.getMany(req)) })));
    const changes = snapshot(30);
    const events = changes.filter((c) => c.table === 'requestEvents');
    await applyPage(db, { changes: events, cursor: 'c1' }, NOW);
    expect(lookups.filter((t) => t === 'requests' || t === 'requestEvents')).toEqual([]);
    await applyPage(db, { changes: changes.filter((c) => c.table === 'requests'), cursor: 'c2' }, NOW);
    expect(lookups.filter((t) => t === 'requests' || t === 'requestEvents')).toEqual([]);
    expect((await db.synced('requests').toArray()).filter((r) => r.status === 'dispatched')).toHaveLength(15);
    // Once held, a page naming them looks them up and merges.
    await applyPage(db, { changes: events, cursor: 'c3' }, NOW);
    expect(lookups).toContain('requests');
  });
});

describe('pulling page after page', () => {
  const team = (n: number) => whole('teams', { id: `t${n}`, orgPath: 'JX/NH', name: `队${n}` } as { id: string; orgPath: string }, encodeHlc({ wall: NOW, counter: n, node: 'c' }));
  /** A centre of three pages; `failAt` answers that cursor with a 503. */
  function centre(log: string[], failAt?: string): CentreClient {
    const fetch: FetchLike = async (url) => {
      const cursor = new URL(url).searchParams.get('cursor') ?? '';
      log.push(`pull ${cursor}`);
      if (cursor === failAt) return new Response(JSON.stringify({ error: 'unavailable', message: 'busy' }), { status: 503 });
      const n = cursor ? Number(cursor.slice(1)) + 1 : 1;
      const body = { changes: [team(n)], cursor: `c${n}`, more: n < 3, phase: 'snapshot', progress: { done: n, total: 3 }, centreTime: new Date(NOW).toISOString() };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    };
    return new CentreClient({ centreUrl: 'http://centre.test', credential: 'secret', fetch, isOnline: () => true });
  }

  it('asks for the next page while it stores this one', async () => {
    const db = await open();
    const log: string[] = [];
    const received = await pullAll(db, centre(log), { now: () => NOW, onProgress: (p) => log.push(`stored ${p.done}`) });
    expect(received).toBe(3);
    expect(log).toEqual(['pull ', 'pull c1', 'stored 1', 'pull c2', 'stored 2', 'stored 3']);
    expect(await readCursor(db.meta)).toBe('c3');
    expect(await db.synced('teams').count()).toBe(3);
  });

  it('fails with the page asked for ahead only after storing the page before it, and resumes after it', async () => {
    const db = await open();
    const log: string[] = [];
    await expect(pullAll(db, centre(log, 'c1'), { now: () => NOW, onProgress: (p) => log.push(`stored ${p.done}`) })).rejects.toThrow();
    expect(log).toEqual(['pull ', 'pull c1', 'stored 1']);
    expect(await readCursor(db.meta)).toBe('c1');
    log.length = 0;
    await pullAll(db, centre(log), { now: () => NOW });
    expect(log).toEqual(['pull c1', 'pull c2']);
    expect(await db.synced('teams').count()).toBe(3);
  });
});
