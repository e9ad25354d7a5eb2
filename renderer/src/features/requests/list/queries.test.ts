import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import { demoCity } from '../../../../../shared/demo';
import { LianxinDb } from '../../../db/schema';
import { impliedHolder } from '../../../db/migrations';
import { compareRequests, matcher, NEWEST_FIRST, type RequestFilter, type RequestSort } from './filter';
import { countRequests, requestPage, type Cursor, type PageOptions } from './queries';

const city = demoCity({ requests: 3_000, seed: 7 });
const now = new Date(city.now);
const all: HelpRequest[] = [];
for (const r of city.requests()) all.push({ ...r, holderPath: impliedHolder(r) });
// Equal received times: paging must neither repeat nor lose a row among them.
for (let i = 0; i < 12; i++) all.push({ ...all[i * 3]!, id: `tie-${String(i).padStart(2, '0')}`, receivedAt: all[100]!.receivedAt, dueAt: all[100]!.dueAt });

let db: LianxinDb;
beforeAll(async () => {
  db = new LianxinDb(`list-${Math.random()}`);
  await db.open();
  await db.synced('requests').bulkPut(all.map((r) => ({ ...r, _hlc: '0' })));
});
afterAll(async () => {
  db.close();
  await db.delete();
});

function bruteForce(filter: RequestFilter, sort: RequestSort): string[] {
  const match = matcher(filter, now.toISOString());
  return all.filter((r) => r[sort.field] !== undefined && match(r)).sort(compareRequests(sort)).map((r) => r.id);
}

async function everyPage(filter: RequestFilter, sort: RequestSort, options: PageOptions): Promise<string[]> {
  const ids: string[] = [];
  let cursor: Cursor | null = null;
  for (let calls = 0; calls < 5_000; calls++) {
    const page = await requestPage(db, filter, sort, cursor, { now, ...options });
    ids.push(...page.rows.map((r) => r.id));
    if (!page.cursor) return ids;
    cursor = page.cursor;
  }
  throw new Error('paging did not end');
}

const village = all[0]!.orgPath;
const town = village.split('/').slice(0, 3).join('/');
const FILTERS: [string, RequestFilter][] = [
  ['everything', {}],
  ['one status', { statuses: ['inProgress'] }],
  ['several statuses and a category', { statuses: ['archived', 'callbackDone', 'inProgress'], categoryCode: 'C1' }],
  ['an item', { itemCode: 'C1-02' }],
  ['a source and a date range', { source: 'visit', from: all[500]!.receivedAt, to: all[2000]!.receivedAt }],
  ['a town subtree', { orgPath: town }],
  ['a county subtree (too many units for ranges)', { orgPath: 'JX/NH', statuses: ['archived'] }],
  ['overdue', { overdue: true }],
  ['overdue in one category', { overdue: true, categoryCode: 'C4' }],
  ['pinyin prefix', { search: 'zh' }],
  ['initials prefix', { search: 'ZY' }],
  ['Chinese name prefix', { search: all[0]!.callerName.slice(0, 1) }],
  ['mobile prefix', { search: '138' }],
  ['address part', { address: '幢' }],
  ['search with filters', { search: 'w', statuses: ['archived'], source: 'hotline' }],
  ['nothing matches', { itemCode: 'C9-99' }],
];
const SORTS: [string, RequestSort][] = [
  ['newest first', NEWEST_FIRST],
  ['oldest first', { field: 'receivedAt', descending: false }],
  ['soonest due', { field: 'dueAt', descending: false }],
  ['latest due', { field: 'dueAt', descending: true }],
];

describe('request list queries against a brute-force filter over 3,000 demo requests', () => {
  for (const [name, filter] of FILTERS) {
    it(`${name}: every sort, pages of 37, same rows in the same order`, async () => {
      if (name !== 'nothing matches') expect(bruteForce(filter, NEWEST_FIRST).length).toBeGreaterThan(1);
      for (const [, sort] of SORTS) expect(await everyPage(filter, sort, { limit: 37 })).toEqual(bruteForce(filter, sort));
    });
  }

  it('a small read budget gives short pages that still add up to the same answer', async () => {
    const filter: RequestFilter = { statuses: ['archived'], source: 'other' };
    expect(await everyPage(filter, NEWEST_FIRST, { limit: 20, budget: 60 })).toEqual(bruteForce(filter, NEWEST_FIRST));
  });

  it('a large search is scanned through the sort index rather than read whole, with the same answer', async () => {
    const filter: RequestFilter = { search: 'z' };
    expect(bruteForce(filter, NEWEST_FIRST).length).toBeGreaterThan(50);
    expect(await everyPage(filter, NEWEST_FIRST, { limit: 25, smallSearch: 50 })).toEqual(bruteForce(filter, NEWEST_FIRST));
  });

  it('a sparse search the first read cannot fill is read whole, or scanned on when it is still too large', async () => {
    // A three-letter pinyin prefix met by 40–120 of the 3,000 callers: too rare to fill a page
    // from the first few hundred rows read in list order.
    const counts = new Map<string, number>();
    for (const r of all) counts.set(r.callerPinyin.slice(0, 3), (counts.get(r.callerPinyin.slice(0, 3)) ?? 0) + 1);
    const prefix = [...counts].find(([p, n]) => p.length === 3 && n >= 40 && n <= 120)![0];
    const filter: RequestFilter = { search: prefix };
    const expected = bruteForce(filter, NEWEST_FIRST);
    expect(await everyPage(filter, NEWEST_FIRST, { limit: 25 })).toEqual(expected);
    expect(await everyPage(filter, NEWEST_FIRST, { limit: 25, smallSearch: 20 })).toEqual(expected);
  });

  it('counts exactly through indexes, and says "at least" beyond the cap', async () => {
    expect(await countRequests(db, {}, { now })).toEqual({ count: all.length, exact: true });
    expect(await countRequests(db, { categoryCode: 'C2' }, { now })).toEqual({ count: bruteForce({ categoryCode: 'C2' }, NEWEST_FIRST).length, exact: true });
    expect(await countRequests(db, { overdue: true }, { now })).toEqual({ count: bruteForce({ overdue: true }, NEWEST_FIRST).length, exact: true });
    const mixed: RequestFilter = { statuses: ['inProgress', 'accepted'], source: 'hotline' };
    expect(await countRequests(db, mixed, { now })).toEqual({ count: bruteForce(mixed, NEWEST_FIRST).length, exact: true });
    const counted = await countRequests(db, { address: '号' }, { now });
    expect(counted).toEqual({ count: 1_000, exact: false });
  });
});
