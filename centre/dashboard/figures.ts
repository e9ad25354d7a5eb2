/**
 * The centre's city-wide figures for one unit and period, folded from its `records` with the
 * same shared rules as a station's aggregates (shared/dashboard): each counted record adds to
 * the unit's row of its day and to the row of the child unit it lies under. Records are read in
 * pages along the (tbl, org_path) index, one subtree range, never all at once. A result is
 * reused while the change log has not moved, since a city-wide fold reads every record.
 */
import { sql } from 'kysely';
import { addInto, counted, SNAPSHOT_DAY, TRACKED_TABLES, type AggregateRow, type Counters, type Period } from '../../shared/dashboard';
import type { Store } from '../db/store';

const PAGE = 5_000;

/** The child of `unit` that `path` lies under, or null when `path` is the unit itself. */
function childOf(unit: string, path: string): string | null {
  if (path === unit) return null;
  const depth = unit.split('/').length + 1;
  return path.split('/').slice(0, depth).join('/');
}

async function lastChange(store: Store): Promise<number> {
  const row = await store.db.selectFrom('changes').select(sql<number>`max(seq)`.as('seq')).executeTakeFirst();
  return Number(row?.seq ?? 0);
}

export async function computeFigures(store: Store, unit: string, period: Period): Promise<AggregateRow[]> {
  const rows = new Map<string, AggregateRow>();
  const add = (u: string, day: string, c: Counters) => {
    const id = `${u}|${day}`;
    const row = rows.get(id) ?? { unit: u, day, c: {} };
    addInto(row.c, c);
    rows.set(id, row);
  };
  for (const tbl of TRACKED_TABLES) {
    let after: { path: string; id: string } | null = null;
    for (;;) {
      let q = store.db.selectFrom('records').select(['id', 'org_path', 'data']).where('tbl', '=', tbl).where('deleted', '=', 0)
        .where((eb) => eb.or([eb('org_path', '=', unit), eb.and([eb('org_path', '>', `${unit}/`), eb('org_path', '<', `${unit}0`)])]));
      if (after) {
        const { path, id } = after;
        q = q.where((eb) => eb.or([eb('org_path', '>', path), eb.and([eb('org_path', '=', path), eb('id', '>', id)])]));
      }
      const page = await q.orderBy('org_path').orderBy('id').limit(PAGE).execute();
      for (const r of page) {
        const where = counted(tbl, JSON.parse(r.data) as { orgPath: string });
        if (!where) continue;
        const inPeriod = where.day >= period.from && where.day < period.to;
        if (where.day === SNAPSHOT_DAY) add(unit, SNAPSHOT_DAY, where.c);
        else if (inPeriod) {
          add(unit, where.day, where.c);
          const child = childOf(unit, r.org_path);
          if (child) add(child, where.day, where.c);
        }
      }
      if (page.length < PAGE) break;
      const last = page.at(-1)!;
      after = { path: last.org_path, id: last.id };
    }
  }
  return [...rows.values()];
}

/** computeFigures, reused until the change log moves (one entry per unit and period). */
export function cachedFigures(store: Store, size = 50) {
  const cache = new Map<string, { seq: number; at: string; rows: Promise<AggregateRow[]> }>();
  return async (unit: string, period: Period): Promise<{ rows: AggregateRow[]; computedAt: string }> => {
    const key = `${unit}|${period.from}|${period.to}`;
    const seq = await lastChange(store);
    let hit = cache.get(key);
    if (!hit || hit.seq !== seq) {
      hit = { seq, at: new Date().toISOString(), rows: computeFigures(store, unit, period) };
      hit.rows.catch(() => cache.delete(key));
      cache.delete(key);
      cache.set(key, hit);
      if (cache.size > size) cache.delete(cache.keys().next().value!);
    }
    return { rows: await hit.rows, computedAt: hit.at };
  };
}
