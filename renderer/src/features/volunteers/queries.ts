import { useLiveQuery } from 'dexie-react-hooks';
import type { Volunteer } from '../../../../shared/domain/entities';
import { db, type Stored } from '../../db';

export interface VolunteerPage {
  rows: Stored<Volunteer>[];
  total: number;
}

/**
 * One page of volunteers, newest change first, read through indexes: a name or pinyin
 * prefix uses the name/namePinyin/nameInitials indexes, otherwise updatedAt. The station's
 * database only holds its own subtree, so no scope filter is needed here.
 */
export async function volunteerPage(search: string, page: number, pageSize: number): Promise<VolunteerPage> {
  const q = search.trim();
  const live = (v: Volunteer) => !v.deleted;
  if (!q) {
    const total = await db.synced("volunteers").count();
    const rows = await db.synced("volunteers").orderBy('updatedAt').reverse().filter(live).offset(page * pageSize).limit(pageSize).toArray();
    return { rows, total };
  }
  const lower = q.toLowerCase();
  const collection = db.synced("volunteers")
    .where('name').startsWith(q)
    .or('namePinyin').startsWith(lower)
    .or('nameInitials').startsWith(lower)
    .or('mobile').startsWith(q)
    .filter(live);
  const all = await collection.primaryKeys();
  const ids = all.slice(page * pageSize, (page + 1) * pageSize);
  const rows = (await db.synced("volunteers").bulkGet(ids)).filter((v): v is Stored<Volunteer> => v !== undefined);
  return { rows, total: all.length };
}

export function useVolunteerPage(search: string, page: number, pageSize: number): VolunteerPage | undefined {
  return useLiveQuery(() => volunteerPage(search, page, pageSize), [search, page, pageSize]);
}
