/**
 * Pages of the change log after a seq, filtered to a device's scope. One query per part of
 * the scope — the subtree (a range of org paths) and each ancestor (one path, shared-down
 * tables only) — each taking the first `limit` by seq; the page is the first `limit` of their
 * union. The ancestor parts are equality seeks on the (org_path, seq) index, so the city's
 * own changes do not make a village read the city's whole log.
 */
import type { SyncedTableName } from '../../shared/domain/entities';
import { MAX_PULL_PAGE_BYTES, type Change } from '../../shared/sync/protocol';
import type { Store } from '../db/store';
import type { ReadScope } from './scope';
import { refersToRecord, withRecordBytes } from '../db/photo-log';
import { noteUnservable, servableFields } from './unservable';

interface LogRow {
  seq: number;
  tbl: string;
  id: string;
  org_path: string;
  fields: string;
  hlc: string;
}

export async function maxSeq(store: Store): Promise<number> {
  const row = await store.db.selectFrom('changes').select((eb) => eb.fn.max('seq').as('m')).executeTakeFirst();
  return Number(row?.m ?? 0);
}

export async function logPage(store: Store, scope: ReadScope, after: number, limit: number): Promise<{ changes: Change[]; seq: number; more: boolean }> {
  // Read the head first: every change up to it has committed (seq order is commit order), so
  // a page that ends short may move the cursor to it without skipping anything.
  const head = await maxSeq(store);
  const base = () => store.db.selectFrom('changes').select(['seq', 'tbl', 'id', 'org_path', 'fields', 'hlc']).where('seq', '>', after).where('seq', '<=', head);
  const parts: Promise<LogRow[]>[] = [
    base().where('org_path', '=', scope.path).orderBy('seq').limit(limit).execute(),
    base().where('org_path', '>', scope.below.from).where('org_path', '<', scope.below.to).orderBy('seq').limit(limit).execute(),
    ...scope.ancestors.map((a) => base().where('org_path', '=', a).where('tbl', 'in', scope.sharedDownTables).orderBy('seq').limit(limit).execute()),
  ];
  const results = await Promise.all(parts);
  const full = results.some((rows) => rows.length === limit);
  const first = results.flat().sort((a, b) => Number(a.seq) - Number(b.seq)).slice(0, limit);
  // Cut by bytes too (a prefix in seq order, so the cursor stays exact): large records such as
  // photos, whose bytes are read from their records only for the rows the page keeps.
  const fieldsOf = new Map<LogRow, Record<string, unknown> | null>();
  const rows = await withinBytes(first, async (r) => {
    const logged = await loggedFields(store, r);
    if ('problem' in logged) {
      // One change that cannot be served is skipped (and noted), never a failed page.
      await noteUnservable(store, r.tbl, r.id, `change ${r.seq}: ${logged.problem}`);
      fieldsOf.set(r, null);
      return 0;
    }
    fieldsOf.set(r, logged.fields);
    return r.fields.length + logged.readBack;
  });
  const more = full || results.flat().length > limit || rows.length < first.length;
  const seq = more ? Number(rows.at(-1)?.seq ?? after) : Math.max(after, head);
  const changes = rows.flatMap((r) => {
    const fields = fieldsOf.get(r);
    return fields ? [toChange(r, fields)] : [];
  });
  return { changes, seq, more };
}

/** The longest prefix of `rows` within the page's byte budget, sized in order; never empty when `rows` is not. */
export async function withinBytes<T>(rows: readonly T[], size: (row: T) => number | Promise<number>, budget = MAX_PULL_PAGE_BYTES): Promise<T[]> {
  let bytes = 0;
  let n = 0;
  for (const row of rows) {
    bytes += await size(row);
    if (n > 0 && bytes > budget) break;
    n += 1;
  }
  return rows.slice(0, n);
}

/** A row's fields as logged, a photo's bytes read back from its record (photo-log.ts), and how many characters that added. */
async function loggedFields(store: Store, row: LogRow): Promise<{ fields: Record<string, unknown>; readBack: number } | { problem: string }> {
  const parsed = servableFields(row.tbl, row.fields);
  if ('problem' in parsed) return parsed;
  const fields = parsed.fields;
  if (!refersToRecord(row.tbl, row.fields)) return { fields, readBack: 0 };
  const record = await store.db.selectFrom('records').select('data').where('tbl', '=', row.tbl).where('id', '=', row.id).executeTakeFirst();
  const full = withRecordBytes(fields, record ? (JSON.parse(record.data) as Record<string, unknown>) : undefined);
  return { fields: full, readBack: typeof full.data === 'string' ? full.data.length : 0 };
}

function toChange(row: LogRow, fields: Record<string, unknown>): Change {
  const clocks: Record<string, string> = {};
  for (const field of Object.keys(fields)) clocks[field] = row.hlc;
  return { table: row.tbl as SyncedTableName, recordId: row.id, orgPath: row.org_path, fields, clocks };
}
