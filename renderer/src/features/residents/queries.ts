/**
 * Reads of the residents screens, each through an index and bounded: the register in pages, a
 * resident by name / pinyin / initials / mobile / address, a household's pairings and visits,
 * and who saw its unmasked data.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry, Pairing, Resident, ResidentCategory, Visit, Volunteer } from '../../../../shared/domain/entities';
import { normaliseAddress } from '../../../../shared/residents/search';
import { normaliseMobile } from '../../../../shared/validation/mobile';
import { db, type Stored } from '../../db';
import { intersectNewestFirst } from '../../db/key-sets';

const residents = () => db.synced('residents');
const live = <T extends { deleted?: boolean }>(r: T | undefined): r is T => r !== undefined && !r.deleted;

export interface ResidentFilter {
  /** Name, pinyin or initials prefix, a mobile prefix, or part of the address. */
  search: string;
  category?: ResidentCategory;
  riskLevel?: Resident['riskLevel'];
}

/**
 * The index ranges a typed search reads: name, pinyin and initials prefixes, a mobile prefix once
 * three digits are typed, and address keys (suffixes from each part of the address) once two
 * characters are. Each range is read on its own (Dexie's `or()` dedups row by row, several times
 * slower) and the keys merged.
 */
function searchRanges(q: string) {
  const text = q.trim();
  const lower = text.toLowerCase();
  const digits = normaliseMobile(text);
  const address = normaliseAddress(text);
  const ranges = [residents().where('name').startsWith(text), residents().where('namePinyin').startsWith(lower), residents().where('nameInitials').startsWith(lower)];
  if (/^\d{3,}$/.test(digits)) ranges.push(residents().where('mobile').startsWith(digits));
  if (address.length >= 2) ranges.push(residents().where('addressKeys').startsWith(address));
  return ranges;
}

/** Ids matching a typed search, newest first (ids are time-sortable). */
export async function searchIds(q: string, limitPerKey?: number): Promise<string[]> {
  const keys = await Promise.all(searchRanges(q).map((r) => (limitPerKey ? r.limit(limitPerKey) : r).primaryKeys()));
  return [...new Set(keys.flat())].sort().reverse();
}

function hasFilter(f: ResidentFilter): boolean {
  return Boolean(f.search.trim() || f.category || f.riskLevel);
}

async function matchingIds(f: ResidentFilter): Promise<string[] | null> {
  const sets: Promise<string[]>[] = [];
  if (f.search.trim()) sets.push(searchIds(f.search));
  if (f.category) sets.push(residents().where('categories').equals(f.category).primaryKeys());
  if (f.riskLevel) sets.push(residents().where('riskLevel').equals(f.riskLevel).primaryKeys());
  return intersectNewestFirst(sets);
}

export interface ResidentPage {
  rows: Stored<Resident>[];
  total: number;
}

export async function residentPage(filter: ResidentFilter, page: number, pageSize: number): Promise<ResidentPage> {
  // Only Dexie promises are awaited here: inside useLiveQuery anything else stops observation.
  const ids = hasFilter(filter) ? await matchingIds(filter) : null;
  if (!ids) {
    const [total, rows] = await Promise.all([residents().count(), residents().orderBy(':id').reverse().offset(page * pageSize).limit(pageSize).toArray()]);
    return { rows: rows.filter(live), total };
  }
  const rows = await residents().bulkGet(ids.slice(page * pageSize, (page + 1) * pageSize));
  return { rows: rows.filter(live), total: ids.length };
}

export function useResidentPage(filter: ResidentFilter, page: number, pageSize: number): ResidentPage | undefined {
  return useLiveQuery(() => residentPage(filter, page, pageSize), [filter.search, filter.category, filter.riskLevel, page, pageSize]);
}

/** At most `limit` residents for a typed search (intake lookup, pickers). */
export async function findResidents(q: string, limit = 10): Promise<Stored<Resident>[]> {
  if (!q.trim()) return [];
  // A lookup shows a handful: each range stops early instead of reading every match.
  const ids = await searchIds(q, limit * 2);
  return (await residents().bulkGet(ids.slice(0, limit * 2))).filter(live).slice(0, limit);
}

export function useResident(id: string | undefined): Stored<Resident> | null | undefined {
  return useLiveQuery(async () => (id ? ((await residents().get(id)) ?? null) : null), [id]);
}

export interface PairingWithMember {
  pairing: Stored<Pairing>;
  member: Stored<Volunteer> | undefined;
}

/** A household's pairings, current first, each with its member. */
export async function pairingsOf(residentId: string): Promise<PairingWithMember[]> {
  const pairings = (await db.synced('pairings').where('residentId').equals(residentId).toArray()).filter(live);
  const members = await db.synced('volunteers').bulkGet(pairings.map((p) => p.volunteerId));
  return pairings
    .map((pairing, i) => ({ pairing, member: members[i] }))
    .sort((a, b) => Number(Boolean(a.pairing.endDate)) - Number(Boolean(b.pairing.endDate)) || b.pairing.startDate.localeCompare(a.pairing.startDate));
}

export function usePairingsOf(residentId: string | undefined): PairingWithMember[] | undefined {
  return useLiveQuery(() => (residentId ? pairingsOf(residentId) : Promise.resolve([])), [residentId]);
}

/** A household's latest visits, newest first, through [residentId+date]. */
export async function visitsOf(residentId: string, limit = 50): Promise<Stored<Visit>[]> {
  const rows = await db.synced('visits').where('[residentId+date]').between([residentId, ''], [residentId, '\uffff']).reverse().limit(limit).toArray();
  return rows.filter(live);
}

export function useVisitsOf(residentId: string | undefined): Stored<Visit>[] | undefined {
  return useLiveQuery(() => (residentId ? visitsOf(residentId) : Promise.resolve([])), [residentId]);
}

/** Who saw the record unmasked, newest first. */
export function useAuditOf(recordId: string | undefined, limit = 20): Stored<AuditEntry>[] | undefined {
  return useLiveQuery(
    async (): Promise<Stored<AuditEntry>[]> => (recordId ? db.synced('auditLog').where('[recordId+at]').between([recordId, ''], [recordId, '\uffff']).reverse().limit(limit).toArray() : []),
    [recordId, limit],
  );
}

/** Names of volunteers by id (visitors, members), for lists. */
export async function volunteerNames(ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.synced('volunteers').bulkGet([...new Set(ids)]);
  return new Map(rows.filter((v): v is Stored<Volunteer> => v !== undefined).map((v) => [v.id, v.name]));
}
