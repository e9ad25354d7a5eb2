/**
 * 我的工作台 "my desk": what this station must do now. Defined by who must act:
 * - to dispatch, awaiting acceptance, in progress, overdue: requests this station *holds*
 *   (`holderPath` is the station: it took them, or they were escalated or sent down to it) —
 *   the holder dispatches and follows up, so these are its work and no one else's;
 * - to call back: completed requests *taken* in this station's subtree (`orgPath` within it) —
 *   the callback is the origin's own work, wherever the request was handled.
 * Every count is an index range count (`[holderPath+status+dueAt]`, `[status+orgPath]`), never a
 * scan — except a county's or the city's callbacks: their subtree can hold tens of thousands of
 * completed requests, so they are read from the unit's standing row of the dashboard aggregates
 * (one row), which is kept in the same transaction as every request write.
 */
import type { HelpRequest, RequestStatus } from '../../../../../shared/domain/entities';
import { OPEN_STATUSES } from '../../../../../shared/requests/lifecycle';
import { isWithin, type OrgPath } from '../../../../../shared/org/org-path';
import type { LianxinDb } from '../../../db/schema';
import { scanRanges, type Cursor } from '../list/keyset';
import { AGGREGATES } from '../../dashboard/aggregates/tables';
import { AGGREGATED_DEPTH, SNAPSHOT_DAY } from '../../../../../shared/dashboard/contribution';
import { standingStatusKey, type AggregateRow } from '../../../../../shared/dashboard/aggregate';

export const DESK_LISTS = ['toDispatch', 'awaitingAcceptance', 'inProgress', 'overdue', 'toCallBack'] as const;
export type DeskList = (typeof DESK_LISTS)[number];

const HELD: Record<Exclude<DeskList, 'toCallBack'>, readonly RequestStatus[]> = {
  toDispatch: ['intake', 'escalated', 'returned', 'redo'],
  awaitingAcceptance: ['dispatched'],
  inProgress: ['accepted', 'inProgress'],
  overdue: OPEN_STATUSES,
};
const CALLBACK: RequestStatus = 'completed';
const END = '\uffff';

export type DeskCounts = Record<DeskList, number>;

function requests(db: LianxinDb) {
  return db.synced('requests');
}

/** The [holderPath+status+dueAt] range of one status held by the station, due before `dueBefore` if given. */
function heldRange(db: LianxinDb, station: OrgPath, status: RequestStatus, dueBefore?: string) {
  return requests(db).where('[holderPath+status+dueAt]').between([station, status, ''], [station, status, dueBefore ?? END], true, false);
}

/** Completed requests taken in the station's subtree: the station itself, then every path below it. */
async function callbackCount(db: LianxinDb, station: OrgPath): Promise<number[]> {
  if (station.split('/').length < AGGREGATED_DEPTH) {
    // City and county: the unit's standing row counts its subtree's requests by status now.
    const row = await db.table<AggregateRow>(AGGREGATES).get([station, SNAPSHOT_DAY]);
    return [row?.c[standingStatusKey(CALLBACK)] ?? 0];
  }
  const index = requests(db).where('[status+orgPath]');
  return Promise.all([
    index.equals([CALLBACK, station]).count(),
    index.between([CALLBACK, `${station}/`], [CALLBACK, `${station}/${END}`], true, true).count(),
  ]);
}

export function deskCounts(db: LianxinDb, station: OrgPath, now: Date): Promise<DeskCounts> {
  // One read transaction for the fifteen-odd counts instead of one each.
  return db.transaction('r', [requests(db), db.table(AGGREGATES)], () => countDesk(db, station, now));
}

async function countDesk(db: LianxinDb, station: OrgPath, now: Date): Promise<DeskCounts> {
  const nowIso = now.toISOString();
  const held = (list: Exclude<DeskList, 'toCallBack'>) =>
    Promise.all(HELD[list].map((s) => heldRange(db, station, s, list === 'overdue' ? nowIso : undefined).count())).then(sum);
  const [toDispatch, awaitingAcceptance, inProgress, overdue, toCallBack] = await Promise.all([
    held('toDispatch'), held('awaitingAcceptance'), held('inProgress'), held('overdue'), callbackCount(db, station).then(sum),
  ]);
  return { toDispatch, awaitingAcceptance, inProgress, overdue, toCallBack };
}

function sum(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0);
}

export interface DeskPage {
  rows: HelpRequest[];
  cursor: Cursor | null;
}

/** One page of a desk list, soonest due first. */
export async function deskPage(db: LianxinDb, station: OrgPath, list: DeskList, now: Date, cursor: Cursor | null, limit = 50): Promise<DeskPage> {
  const sort = { field: 'dueAt' as const, descending: false };
  const table = requests(db) as never;
  if (list === 'toCallBack') {
    // A station's database holds its own subtree, so nearly every completed request is its
    // callback: reading [status+dueAt] and keeping those within it is dense, and keyset-paged.
    const within = (r: HelpRequest) => !r.deleted && isWithin(r.orgPath, station);
    return scanRanges(table, [{ index: '[status+dueAt]', prefix: [CALLBACK] }], sort, {}, cursor, within, limit, 5_000, 1);
  }
  const ranges = HELD[list].map((s) => ({ index: '[holderPath+status+dueAt]', prefix: [station, s] }));
  const bounds = list === 'overdue' ? { to: now.toISOString() } : {};
  return scanRanges(table, ranges, sort, bounds, cursor, (r) => !r.deleted, limit, 5_000, 1);
}
