import { useLiveQuery } from 'dexie-react-hooks';
import type { EnterpriseVisit, ServedEnterprise } from '../../../../../shared/domain/entities';
import { db, type Stored } from '../../../db';

/** The station's served enterprises by name (a district serves hundreds, not hundreds of thousands), optionally by a name prefix. */
export function useServedEnterprises(prefix = ''): Stored<ServedEnterprise>[] | undefined {
  return useLiveQuery(async () => {
    const table = db.synced('servedEnterprises');
    const rows = await (prefix.trim() ? table.where('name').startsWith(prefix.trim()) : table.orderBy('name')).limit(2_000).toArray();
    return rows.filter((e) => !e.deleted);
  }, [prefix]);
}

export function useServedEnterprise(id: string | undefined): Stored<ServedEnterprise> | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.synced('servedEnterprises').get(id)) ?? null) : null), [id]);
}

/** An enterprise's visits, newest first, through [enterpriseId+date]. */
export function useEnterpriseVisits(id: string | undefined, limit = 100): Stored<EnterpriseVisit>[] | undefined {
  return useLiveQuery(async (): Promise<Stored<EnterpriseVisit>[]> => {
    if (!id) return [];
    const rows = await db.synced('enterpriseVisits').where('[enterpriseId+date]').between([id, ''], [id, '\uffff']).reverse().limit(limit).toArray();
    return rows.filter((v) => !v.deleted);
  }, [id, limit]);
}
