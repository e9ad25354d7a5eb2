/**
 * The request list's reads: one page at a time through an index (plan.ts), keyset-paged
 * (keyset.ts), and a count that is exact when it is cheap and "at least N" when it is not.
 * Every function takes the database so tests and the bench can pass their own.
 */
import type { Table } from 'dexie';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import type { LianxinDb } from '../../../db/schema';
import { compareRequests, matcher, readSearch, type RequestFilter, type RequestSort } from './filter';
import { isAfter, scanRanges, type Cursor } from './keyset';
import { choosePlan, rangeCollection } from './plan';
import { OPEN_STATUSES } from '../../../../../shared/requests/lifecycle';
import { timeStatus, type TimeStatus } from '../../../../../shared/requests/time-limit';

const OPEN = new Set<string>(OPEN_STATUSES);

export type { Cursor } from './keyset';

export interface RequestPage {
  rows: HelpRequest[];
  /** Pass it back for the next page; null when there is no more. */
  cursor: Cursor | null;
}

export interface PageOptions {
  limit?: number;
  /** Most rows one call may read; a sparse filter then returns a short page and a cursor. */
  budget?: number;
  /** The clock for "overdue" (injected in tests). */
  now?: Date;
  /** A search matching at most this many is read whole and sorted in memory (default 2,000). */
  smallSearch?: number;
}

const SMALL_SEARCH = 2_000;
/** Rows a search reads in list order before it asks its own indexes (requestPage). */
const QUICK_SCAN = 600;

function requests(db: LianxinDb): Table<HelpRequest, string> {
  return db.synced('requests') as unknown as Table<HelpRequest, string>;
}

/** The ids a search names through its own indexes, or null when there are too many to read whole. */
async function searchIds(table: Table<HelpRequest, string>, search: string, small: number): Promise<string[] | null> {
  const s = readSearch(search);
  if (!s) return null;
  const indexes = s.kind === 'mobile' ? ['callerMobile'] : s.kind === 'name' ? ['callerName'] : ['callerPinyin', 'callerInitials'];
  const range = (index: string) => table.where(index).startsWith(s.text);
  // "More than `small`?" is asked by stepping a cursor past `small` entries inside IndexedDB
  // (Dexie's offset is cursor.advance): nothing is read into the page, so a dense search such
  // as `zh` costs a millisecond before its scan instead of loading 2,000 keys for nothing.
  for (const index of indexes) if ((await range(index).offset(small).limit(1).primaryKeys()).length > 0) return null;
  // Each index names at most `small`; together (pinyin and initials) they may still name more:
  // counted inside IndexedDB, so a search that will be scanned anyway loads no keys.
  if (indexes.length > 1 && (await Promise.all(indexes.map((index) => range(index).count()))).reduce((a, b) => a + b, 0) > small) return null;
  const ids = new Set<string>();
  for (const index of indexes) for (const id of await range(index).primaryKeys()) ids.add(id);
  return ids.size > small ? null : [...ids];
}

export async function requestPage(db: LianxinDb, filter: RequestFilter, sort: RequestSort, cursor: Cursor | null, options: PageOptions = {}): Promise<RequestPage> {
  const limit = options.limit ?? 50;
  const nowIso = (options.now ?? new Date()).toISOString();
  const table = requests(db);
  const match = matcher(filter, nowIso);
  // Sorting by due time lists the requests that have one (the dueAt indexes hold no others).
  const keep = (r: HelpRequest) => r[sort.field] !== undefined && match(r);
  const budget = options.budget ?? 20_000;
  const plan = await choosePlan(table, filter, sort, nowIso);
  const density = plan.exact ? 1 : 0.25;
  if (!filter.search) {
    const { rows, cursor: next } = await scanRanges(table, plan.ranges, sort, plan.bounds, cursor, keep, limit, budget, density);
    return { rows, cursor: next };
  }
  // A search first reads a few hundred rows in list order: a common prefix (`zh`, a frequent
  // surname) fills its page there at once. Only a sparser one asks its own indexes how many
  // match — and that costs a step per index entry (Chromium checks each entry against its
  // record), ~250 ms for 2,000 entries in a 345,000-request database.
  const quick = await scanRanges(table, plan.ranges, sort, plan.bounds, cursor, keep, limit, Math.min(QUICK_SCAN, budget), density);
  if (quick.rows.length >= limit || quick.cursor === null) return { rows: quick.rows, cursor: quick.cursor };
  const ids = await searchIds(table, filter.search, options.smallSearch ?? SMALL_SEARCH);
  if (ids) {
    const order = compareRequests(sort);
    const all = (await table.bulkGet(ids)).filter((r): r is HelpRequest => r !== undefined && keep(r)).sort(order);
    const rest = cursor ? all.filter((r) => isAfter(r, String(r[sort.field]), cursor, sort.descending)) : all;
    const rows = rest.slice(0, limit);
    const last = rows.at(-1);
    return { rows, cursor: rest.length > limit && last ? { key: String(last[sort.field]), id: last.id } : null };
  }
  // Too many to read whole: go on scanning from where the first read stopped.
  const more = await scanRanges(table, plan.ranges, sort, plan.bounds, quick.cursor, keep, limit - quick.rows.length, Math.max(budget - quick.scanned, 1), density);
  return { rows: [...quick.rows, ...more.rows], cursor: more.cursor };
}

export interface RequestCount {
  count: number;
  /** False: there are at least `count` (shown as "1,000+"). */
  exact: boolean;
}

/** Beyond this, counting a filter the indexes cannot count directly would mean a long scan. */
export const COUNT_CAP = 1_000;

export async function countRequests(db: LianxinDb, filter: RequestFilter, options: { now?: Date } = {}): Promise<RequestCount> {
  const now = options.now ?? new Date();
  const sort: RequestSort = filter.overdue ? { field: 'dueAt', descending: false } : { field: 'receivedAt', descending: true };
  const table = requests(db);
  const plan = await choosePlan(table, filter, sort, now.toISOString());
  if (plan.exact) {
    let count = 0;
    for (const r of plan.ranges) count += await rangeCollection(table, r, plan.bounds).count();
    return { count, exact: true };
  }
  const page = await requestPage(db, filter, sort, null, { limit: COUNT_CAP, budget: 50_000, now });
  return { count: page.rows.length, exact: page.cursor === null };
}

/** The due mark of a row: the time-limit module's rule, for open requests only. */
export function dueState(r: Pick<HelpRequest, 'status' | 'dueAt'>, now: Date): TimeStatus | null {
  if (!r.dueAt || !OPEN.has(r.status)) return null;
  return timeStatus(r.dueAt, now.getTime());
}
