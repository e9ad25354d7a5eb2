/**
 * 企业走访台账 the ledger's rows for a period, per enterprise or per team: one index range
 * (`[enterpriseId+date]`, `[teamId+date]` or `date`), then the enterprises, visitors and request
 * numbers the rows name.
 */
import type { EnterpriseVisit, IsoDate, ServedEnterprise } from '../../../../../shared/domain/entities';
import { db, type Stored } from '../../../db';

export interface LedgerFilter {
  from: IsoDate;
  to: IsoDate;
  enterpriseId?: string;
  teamId?: string;
}

export interface LedgerRow {
  visit: Stored<EnterpriseVisit>;
  enterprise: Stored<ServedEnterprise> | undefined;
  visitorNames: string[];
  requestNumbers: string[];
}

export const LEDGER_LIMIT = 20_000;

export async function ledgerRows(f: LedgerFilter, limit = LEDGER_LIMIT): Promise<LedgerRow[]> {
  const table = db.synced('enterpriseVisits');
  const range = f.enterpriseId
    ? table.where('[enterpriseId+date]').between([f.enterpriseId, f.from], [f.enterpriseId, f.to], true, true)
    : f.teamId
      ? table.where('[teamId+date]').between([f.teamId, f.from], [f.teamId, f.to], true, true)
      : table.where('date').between(f.from, f.to, true, true);
  const visits = (await range.limit(limit).toArray()).filter((v) => !v.deleted && (!f.teamId || v.teamId === f.teamId));
  const [enterprises, visitors, requests] = await Promise.all([
    db.synced('servedEnterprises').bulkGet([...new Set(visits.map((v) => v.enterpriseId))]),
    db.synced('volunteers').bulkGet([...new Set(visits.flatMap((v) => v.visitorIds))]),
    db.synced('requests').bulkGet([...new Set(visits.flatMap((v) => v.requestIds))]),
  ]);
  const byId = <T extends { id: string }>(rows: (T | undefined)[]) => new Map(rows.filter((r): r is T => r !== undefined).map((r) => [r.id, r]));
  const e = byId(enterprises);
  const v = byId(visitors);
  const r = byId(requests);
  return visits
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id))
    .map((visit) => ({
      visit,
      enterprise: e.get(visit.enterpriseId),
      visitorNames: visit.visitorIds.map((id) => v.get(id)?.name ?? id),
      requestNumbers: visit.requestIds.map((id) => r.get(id)?.number ?? id),
    }));
}
