/**
 * How one help request counts on the dashboard: which aggregate rows it falls in (its owner's
 * city, county and town, on the China-time day it was received) and what it adds to them.
 * The local upkeep, the rebuild from a scan, the centre's city-wide figures and the tests all
 * call this one function, so they cannot disagree on what a request counts for.
 */
import type { HelpRequest } from '../domain/entities';
import { OPEN_STATUSES } from '../requests/lifecycle';
import type { Counters } from './counters';
import { dayOf } from './period';
import { countsHours } from '../points/score';

/** The fields of a request the dashboard reads. */
export type CountedRequest = Pick<HelpRequest, 'orgPath' | 'receivedAt' | 'categoryCode' | 'itemCode' | 'source' | 'type' | 'status'> &
  Partial<Pick<HelpRequest, 'dueAt' | 'closedAt' | 'satisfaction' | 'deleted'>>;

/** Statuses after 办结: the request was completed (and maybe called back and archived). */
export const DONE_STATUSES: ReadonlySet<string> = new Set(['completed', 'callbackDone', 'archived']);
const OPEN: ReadonlySet<string> = new Set(OPEN_STATUSES);

/**
 * Units kept with rows of their own: city, county and town. Villages have none: one row per
 * village and day would hold ~0.6 requests on average (2,284 villages), almost a row per
 * request; a village's or a town's villages' figures are folded from the few thousand requests
 * their index range holds instead (renderer/src/features/dashboard/load.ts).
 */
export const AGGREGATED_DEPTH = 3;

/** The units whose rows a request at `orgPath` counts in: its ancestors and itself, down to town level. */
export function aggregateUnits(orgPath: string): string[] {
  const segments = orgPath.split('/');
  const out: string[] = [];
  for (let i = 1; i <= Math.min(segments.length, AGGREGATED_DEPTH); i++) out.push(segments.slice(0, i).join('/'));
  return out;
}

/** Minutes from receipt to completion, whole (integers keep sums exact under add/remove). */
function handlingMinutes(r: CountedRequest): number | null {
  if (!r.closedAt) return null;
  const ms = Date.parse(r.closedAt) - Date.parse(r.receivedAt);
  return Number.isFinite(ms) && ms >= 0 ? Math.round(ms / 60_000) : null;
}

/**
 * What a request adds to its rows; empty for a deleted one. Keys:
 * `n` requests; `cat:`, `item:`, `src:`, `type:`, `st:` by category, item, source, type, status;
 * `open` still being worked and `openItem:` by item (the unresolved problems); `done` completed;
 * `timed` completed with a time limit, `onTime` of them by it; `handleMin` total minutes from
 * receipt to completion over `handled`; `rated` called back with a satisfaction, `sat:` by answer.
 */
export function contribution(r: CountedRequest): Counters {
  if (r.deleted) return {};
  const c: Counters = { n: 1 };
  c[`cat:${r.categoryCode}`] = 1;
  c[`item:${r.itemCode}`] = 1;
  c[`src:${r.source}`] = 1;
  c[`type:${r.type}`] = 1;
  c[`st:${r.status}`] = 1;
  if (OPEN.has(r.status)) {
    c.open = 1;
    c[`openItem:${r.itemCode}`] = 1;
  }
  if (DONE_STATUSES.has(r.status)) {
    c.done = 1;
    if (r.dueAt && r.closedAt) {
      c.timed = 1;
      if (r.closedAt <= r.dueAt) c.onTime = 1;
    }
    const minutes = handlingMinutes(r);
    if (minutes !== null) {
      c.handled = 1;
      if (minutes) c.handleMin = minutes;
    }
  }
  if (r.satisfaction) {
    c.rated = 1;
    c[`sat:${r.satisfaction}`] = 1;
  }
  return c;
}

/** The key of one aggregate row: a unit's day. */
export interface CellKey {
  unit: string;
  day: string;
}

/**
 * The tables the dashboard counts. Requests, service records (hours) and visits count on their
 * day; volunteers and pairings are a standing count (registered, active; pairings by visit
 * frequency, for the visits planned), kept on the unit's row of day `SNAPSHOT_DAY`, which sorts
 * before every date and so stays out of day ranges.
 */
export const TRACKED_TABLES = ['requests', 'serviceRecords', 'visits', 'volunteers', 'pairings'] as const;
export type TrackedTable = (typeof TRACKED_TABLES)[number];
export const SNAPSHOT_DAY = '-';

type AnyRecord = { orgPath?: string; deleted?: boolean; voided?: boolean };

/** Where a record counts (its day, or the snapshot) and what it adds there; null when nothing. */
export function counted(table: TrackedTable, stored: AnyRecord): { day: string; c: Counters } | null {
  const record = stored as AnyRecord & Record<string, unknown>;
  if (record.deleted || typeof record.orgPath !== 'string' || !record.orgPath) return null;
  switch (table) {
    case 'requests':
      return typeof record.receivedAt === 'string' ? { day: dayOf(record.receivedAt), c: contribution(record as unknown as CountedRequest) } : null;
    case 'serviceRecords': {
      if (!countsHours(record)) return null;
      const hours = typeof record.hours === 'number' && Number.isFinite(record.hours) ? record.hours : 0;
      return typeof record.date === 'string' ? { day: record.date.slice(0, 10), c: hours ? { svc: 1, svcMin: Math.round(hours * 60) } : { svc: 1 } } : null;
    }
    case 'visits':
      return typeof record.date === 'string' ? { day: record.date.slice(0, 10), c: { visit: 1 } } : null;
    case 'volunteers':
      return { day: SNAPSHOT_DAY, c: record.status === 'active' ? { vol: 1, volActive: 1 } : { vol: 1 } };
    case 'pairings':
      return record.endDate ? null : { day: SNAPSHOT_DAY, c: { [`plan:${String(record.frequency)}`]: 1 } };
  }
}
