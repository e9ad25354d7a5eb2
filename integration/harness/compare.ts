/**
 * What "every replica equals the others" means: the user fields of every record a station may
 * see, compared with the centre's copy. Bookkeeping (`_hlc`, `_clocks`) differs by design, and
 * `dueAt` is derived by each station at the hour it computes it; a field cleared to null and a
 * field never set are the same absence.
 */
import type { Store } from '../../centre/db/store';
import { SHARED_DOWN_TABLES, SYNCED_TABLES, type SyncedTableName } from '../../shared/domain/entities';
import { isVisibleTo } from '../../shared/org/org-path';
import type { TestStation } from './station';

const IGNORED = new Set(['_hlc', '_clocks', 'dueAt']);

export function userFields(record: Record<string, unknown>, extraIgnored: ReadonlySet<string> = new Set()): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const value = record[key];
    if (IGNORED.has(key) || extraIgnored.has(key) || value === null || value === undefined) continue;
    out[key] = value;
  }
  return out;
}

export interface CentreRecord {
  tbl: SyncedTableName;
  id: string;
  orgPath: string;
  data: Record<string, unknown>;
  fieldClocks: Record<string, string>;
}

export async function centreRecords(store: Store): Promise<CentreRecord[]> {
  const rows = await store.db.selectFrom('records').selectAll().execute();
  return rows.map((r) => ({ tbl: r.tbl as SyncedTableName, id: r.id, orgPath: r.org_path, data: JSON.parse(r.data), fieldClocks: JSON.parse(r.field_clocks) }));
}

/** Differences between a station and what the centre holds in the station's scope (empty: equal). */
export async function differences(station: TestStation, centre: readonly CentreRecord[], limit = 10): Promise<string[]> {
  const problems: string[] = [];
  for (const table of SYNCED_TABLES) {
    const visible = centre.filter((r) => r.tbl === table && isVisibleTo(r.orgPath, station.stationPath, SHARED_DOWN_TABLES.includes(table)));
    const local = await station.db.table(table).toArray();
    if (local.length !== visible.length) problems.push(`${station.name} ${table}: ${local.length} records, centre shows it ${visible.length}`);
    const byId = new Map(local.map((r) => [r.id as string, r as Record<string, unknown>]));
    for (const c of visible) {
      const mine = byId.get(c.id);
      if (!mine) {
        problems.push(`${station.name} lacks ${table} ${c.id}`);
        continue;
      }
      const a = JSON.stringify(userFields(mine));
      const b = JSON.stringify(userFields(c.data));
      if (a !== b) problems.push(`${station.name} ${table} ${c.id}:\n  station ${a}\n  centre  ${b}`);
      if (problems.length >= limit) return problems;
    }
  }
  return problems;
}
