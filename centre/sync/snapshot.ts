/**
 * The first sync of a device: every live record in its scope, in three tiers so the station can
 * work before the end — catalogue and teams first (intake needs them), then open requests with
 * their events and anything updated in the last 90 days, then the rest. Each tier is walked by
 * (table, id), so a page resumes exactly after the last record sent.
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { SyncedTableName } from '../../shared/domain/entities';
import { MAX_PULL_PAGE_BYTES, type Change } from '../../shared/sync/protocol';
import { OPEN_STATUSES } from '../../shared/requests/lifecycle';
import type { Store } from '../db/store';
import type { Schema, StoreKind } from '../db/schema';
import { dataText as rawDataText } from '../db/json';
import { noteUnservable, servableFields } from './unservable';
import { heldClock } from './merge';
import type { ReadScope } from './scope';
import type { SnapshotCursor } from './cursor';

export const RECENT_DAYS = 90;
export const FIRST_TABLES: readonly SyncedTableName[] = ['orgUnits', 'serviceCategories', 'serviceItems', 'teams'];
const TIERS = 3;

type Eb = ExpressionBuilder<Schema & { r: Schema['records'] }, 'r'>;

/** Live records the device may read (the scope rule of shared/org, in SQL). */
export function inReadScope(eb: Eb, scope: ReadScope): Expression<SqlBool> {
  const parts = [eb('r.org_path', '=', scope.path), eb.and([eb('r.org_path', '>', scope.below.from), eb('r.org_path', '<', scope.below.to)])];
  if (scope.ancestors.length) parts.push(eb.and([eb('r.tbl', 'in', scope.sharedDownTables), eb('r.org_path', 'in', scope.ancestors)]));
  return eb.and([eb('r.deleted', '=', 0), eb.or(parts)]);
}

const openList = sql.join(OPEN_STATUSES.map((s) => sql.lit(s)));

/** Open requests, events of open requests, and records updated since `cutoff`. */
function hot(kind: StoreKind, cutoff: string): Expression<SqlBool> {
  const dataText = guardedText;
  const status = (t: string) => sql`coalesce(${dataText(kind, 'status', t)}, '')`;
  return sql<SqlBool>`(
    (r.tbl = 'requests' and ${status('r')} in (${openList}))
    or (r.tbl = 'requestEvents' and exists (select 1 from records q where q.tbl = 'requests' and q.id = ${dataText(kind, 'requestId', 'r')} and ${status('q')} in (${openList})))
    or coalesce(${dataText(kind, 'updatedAt', 'r')}, '') >= ${cutoff})`;
}

/**
 * A top-level text field, null for a row whose JSON SQLite cannot read (nested deeper than its
 * limit: stored before the value bounds), so that one row does not fail the whole query; the row
 * is then skipped by toChange.
 */
function guardedText(kind: StoreKind, field: 'requestId' | 'status' | 'updatedAt', t: string) {
  const text = rawDataText(kind, field, t);
  return kind === 'sqlite' ? sql<string | null>`(case when json_valid(${sql.ref(`${t}.data`)}) then ${text} end)` : text;
}

function tierFilter(eb: Eb, kind: StoreKind, tier: number, cutoff: string): Expression<SqlBool> {
  if (tier === 0) return eb('r.tbl', 'in', FIRST_TABLES);
  const rest = eb('r.tbl', 'not in', FIRST_TABLES);
  return eb.and([rest, tier === 1 ? hot(kind, cutoff) : eb.not(hot(kind, cutoff))]);
}

export async function countInScope(store: Store, scope: ReadScope): Promise<number> {
  const row = await store.db.selectFrom('records as r').select((eb) => eb.fn.countAll<number>().as('n')).where((eb) => inReadScope(eb, scope)).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function startSnapshot(since: number, total: number, now: number): SnapshotCursor {
  return { v: 1, phase: 'snapshot', since, cutoff: new Date(now - RECENT_DAYS * 86_400_000).toISOString(), tier: 0, tbl: '', id: '', done: 0, total };
}

/**
 * Up to `limit` records after the cursor, stopping early once they reach `maxBytes` of JSON
 * (always at least one); `next` is null when the snapshot is complete.
 */
export async function snapshotPage(store: Store, scope: ReadScope, cursor: SnapshotCursor, limit: number, maxBytes = MAX_PULL_PAGE_BYTES): Promise<{ changes: Change[]; next: SnapshotCursor | null }> {
  const changes: Change[] = [];
  let c = cursor;
  let bytes = 0;
  while (changes.length < limit && c.tier < TIERS && bytes < maxBytes) {
    const rows = await store.db
      .selectFrom('records as r')
      .select(['r.tbl', 'r.id', 'r.org_path', 'r.data', 'r.field_clocks'])
      .where((eb) => eb.and([inReadScope(eb, scope), tierFilter(eb, store.kind, c.tier, c.cutoff), eb(eb.refTuple('r.tbl', 'r.id'), '>', eb.tuple(c.tbl, c.id))]))
      .orderBy('r.tbl')
      .orderBy('r.id')
      .limit(limit - changes.length)
      .execute();
    let cut = false;
    for (const row of rows) {
      const size = row.data.length + row.field_clocks.length;
      if (changes.length > 0 && bytes + size > maxBytes) {
        cut = true;
        break;
      }
      bytes += size;
      c = { ...c, tbl: row.tbl, id: row.id, done: c.done + 1 };
      const change = toChange(row);
      if ('problem' in change) await noteUnservable(store, row.tbl, row.id, change.problem);
      else changes.push(change);
    }
    if (cut) break;
    if (changes.length < limit) c = { ...c, tier: c.tier + 1, tbl: '', id: '' };
  }
  return { changes, next: c.tier < TIERS ? c : null };
}

function toChange(row: { tbl: string; id: string; org_path: string; data: string; field_clocks: string }): Change | { problem: string } {
  const parsed = servableFields(row.tbl, row.data);
  if ('problem' in parsed) return parsed;
  const data = parsed.fields;
  let fieldClocks: Record<string, string>;
  try {
    fieldClocks = JSON.parse(row.field_clocks) as Record<string, string>;
  } catch (e) {
    return { problem: `stored field clocks do not parse: ${(e as Error).message}` };
  }
  const held = { data, clocks: fieldClocks };
  const clocks: Record<string, string> = {};
  for (const field of Object.keys(data)) clocks[field] = heldClock(held, field);
  return { table: row.tbl as SyncedTableName, recordId: row.id, orgPath: row.org_path, fields: data, clocks };
}
