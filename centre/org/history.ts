/**
 * The org-change history (table `org_changes`, migration 20261204_000300): who changed which
 * unit, when, and how (its fields before and after). Written in the same transaction as the
 * change to the tree, so the history never misses a change nor names one that did not happen.
 */
import type { Generated, Kysely, Transaction } from 'kysely';
import type { OrgUnit } from '../../shared/domain/entities';
import type { OrgPath } from '../../shared/org/org-path';
import type { Schema } from '../db/schema';
import type { Store } from '../db/store';

export type OrgChangeKind = 'seed' | 'add' | 'edit' | 'rename' | 'retire' | 'restore' | 'move';

interface OrgChangesTable {
  id: Generated<number>;
  at: string;
  who: string;
  kind: string;
  path: string;
  detail: string;
}
export type OrgSchema = Schema & { org_changes: OrgChangesTable };

export interface OrgChange {
  id: number;
  at: string;
  who: string;
  kind: OrgChangeKind;
  path: OrgPath;
  /** The unit before and after (null: it did not exist / no longer exists); a move also names its new path. */
  before: OrgUnit | null;
  after: OrgUnit | null;
  /** How it came: an import names its file and row. */
  source?: { file: string; row: number };
  /** A seed counts the units it wrote. */
  units?: number;
}

export type NewOrgChange = Omit<OrgChange, 'id'>;

export const withHistory = (db: Kysely<Schema>) => db.withTables<{ org_changes: OrgChangesTable }>();

const HISTORY_ROWS_PER_STATEMENT = 500;

export async function writeHistory(trx: Transaction<Schema>, changes: readonly NewOrgChange[]): Promise<void> {
  const db = withHistory(trx);
  for (let i = 0; i < changes.length; i += HISTORY_ROWS_PER_STATEMENT) {
    const rows = changes.slice(i, i + HISTORY_ROWS_PER_STATEMENT).map(({ at, who, kind, path, ...detail }) => ({ at, who, kind, path, detail: JSON.stringify(detail) }));
    await db.insertInto('org_changes').values(rows).execute();
  }
}

export const HISTORY_PAGE = 200;

/** Newest first; `path` narrows to that unit and its subtree; `before` pages on by id. */
export async function listHistory(store: Store, opts: { path?: OrgPath | undefined; before?: number | undefined; limit?: number | undefined } = {}): Promise<OrgChange[]> {
  let q = withHistory(store.db).selectFrom('org_changes').selectAll().orderBy('id', 'desc').limit(Math.min(opts.limit ?? HISTORY_PAGE, HISTORY_PAGE));
  if (opts.path !== undefined) {
    const p = opts.path;
    q = q.where((eb) => eb.or([eb('path', '=', p), eb.and([eb('path', '>', `${p}/`), eb('path', '<', `${p}0`)])]));
  }
  if (opts.before !== undefined) q = q.where('id', '<', opts.before);
  const rows = await q.execute();
  return rows.map((r) => ({ id: Number(r.id), at: r.at, who: r.who, kind: r.kind as OrgChangeKind, path: r.path, ...(JSON.parse(r.detail) as Pick<OrgChange, 'before' | 'after'>) }));
}
