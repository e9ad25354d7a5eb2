import { useLiveQuery } from 'dexie-react-hooks';
import type { SyncedTables, Volunteer } from '../../../../shared/domain/entities';
import { ancestorsOf, type OrgPath } from '../../../../shared/org/org-path';
import { db, type Stored } from '../../db';
import { intersectNewestFirst, unionOfKeys } from '../../db/key-sets';

export interface VolunteerFilter {
  /** Prefix of the Chinese name, its pinyin or initials, or the mobile number. */
  search: string;
  skill?: string;
  teamId?: string;
  status?: Volunteer['status'];
}

export interface VolunteerPage {
  rows: Stored<Volunteer>[];
  total: number;
}

const volunteers = () => db.synced('volunteers');
const live = (v: Volunteer) => !v.deleted;

/**
 * Ids of the volunteers matching the filter, newest registration first (ids are time-sortable),
 * each condition answered by its own index and the key sets intersected; `null` means "all",
 * which is paged straight off the primary key instead. The station's database holds only its own
 * subtree, so no scope condition is needed.
 */
function hasFilter(f: VolunteerFilter): boolean {
  return Boolean(f.search.trim() || f.skill || f.teamId || f.status);
}

async function matchingIds(f: VolunteerFilter): Promise<string[] | null> {
  const sets: Promise<string[]>[] = [];
  const q = f.search.trim();
  if (q) {
    const lower = q.toLowerCase();
    const v = volunteers();
    sets.push(unionOfKeys([v.where('name').startsWith(q), v.where('namePinyin').startsWith(lower), v.where('nameInitials').startsWith(lower), v.where('mobile').startsWith(q)]));
  }
  if (f.skill) sets.push(volunteers().where('skills').equals(f.skill).primaryKeys());
  if (f.teamId) sets.push(volunteers().where('teamIds').equals(f.teamId).primaryKeys());
  if (f.status) sets.push(volunteers().where('status').equals(f.status).primaryKeys());
  return intersectNewestFirst(sets);
}

export async function volunteerPage(filter: VolunteerFilter, page: number, pageSize: number): Promise<VolunteerPage> {
  // Decide before awaiting anything: inside useLiveQuery, a query issued after awaiting a
  // promise that is not Dexie's is not observed, and the list would not refresh on changes.
  const ids = hasFilter(filter) ? await matchingIds(filter) : null;
  if (!ids) {
    const [total, rows] = await Promise.all([volunteers().count(), volunteers().orderBy(':id').reverse().offset(page * pageSize).limit(pageSize).toArray()]);
    return { rows: rows.filter(live), total };
  }
  const rows = await volunteers().bulkGet(ids.slice(page * pageSize, (page + 1) * pageSize));
  return { rows: rows.filter((v): v is Stored<Volunteer> => v !== undefined && live(v)), total: ids.length };
}

export function useVolunteerPage(filter: VolunteerFilter, page: number, pageSize: number): VolunteerPage | undefined {
  return useLiveQuery(() => volunteerPage(filter, page, pageSize), [filter.search, filter.skill, filter.teamId, filter.status, page, pageSize]);
}

/** Every matching volunteer in pages, keyed by the last id seen, for export: never the whole table at once. */
export async function* volunteerPages(filter: VolunteerFilter, size = 2_000): AsyncGenerator<Stored<Volunteer>[]> {
  const ids = await matchingIds(filter);
  if (ids) {
    for (let i = 0; i < ids.length; i += size) {
      const rows = await volunteers().bulkGet(ids.slice(i, i + size));
      yield rows.filter((v): v is Stored<Volunteer> => v !== undefined && live(v));
    }
    return;
  }
  let after: string | undefined;
  for (;;) {
    const range = after === undefined ? volunteers().orderBy(':id') : volunteers().where(':id').below(after);
    const rows = await range.reverse().limit(size).toArray();
    if (rows.length === 0) return;
    after = rows.at(-1)!.id;
    yield rows.filter(live);
  }
}

export async function volunteersByIds(ids: readonly string[]): Promise<Map<string, Stored<Volunteer>>> {
  const rows = await volunteers().bulkGet([...new Set(ids)]);
  return new Map(rows.filter((v): v is Stored<Volunteer> => v !== undefined).map((v) => [v.id, v]));
}

/** Prefix search for pickers (team leader, studio leader): at most `limit` matches. */
export async function findVolunteers(q: string, limit = 20): Promise<Stored<Volunteer>[]> {
  const text = q.trim();
  if (!text) return volunteers().orderBy(':id').reverse().filter(live).limit(limit).toArray();
  const lower = text.toLowerCase();
  return volunteers().where('name').startsWith(text).or('namePinyin').startsWith(lower).or('nameInitials').startsWith(lower).filter(live).limit(limit).toArray();
}

export type SharedTable = 'teams' | 'studios' | 'enterprises' | 'providers';

/**
 * Records a station sees in a shared-down table: its own subtree, plus those kept by the units
 * above it (read-only here). Both through the orgPath index.
 */
export async function visibleRecords<K extends SharedTable>(table: K, station: OrgPath): Promise<Stored<SyncedTables[K]>[]> {
  const rows = (await db
    .synced(table)
    .where('orgPath')
    .anyOf([station, ...ancestorsOf(station)])
    .or('orgPath')
    .startsWith(`${station}/`)
    .toArray()) as Stored<SyncedTables[K]>[];
  return rows.filter((r) => !r.deleted).sort((a, b) => a.orgPath.localeCompare(b.orgPath) || a.name.localeCompare(b.name, 'zh-CN'));
}

export function useVisibleRecords<K extends SharedTable>(table: K, station: OrgPath | undefined): Stored<SyncedTables[K]>[] | undefined {
  return useLiveQuery(() => (station ? visibleRecords(table, station) : Promise.resolve([])), [table, station]);
}
