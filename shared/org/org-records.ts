/**
 * Org units as synced records (`orgUnits`, docs/org-tree.md): one record per unit, owned by the
 * city's path, id `org:<unit path>`. The centre writes them; stations read them back into the
 * tree of org-tree.ts.
 */
import type { OrgUnit, OrgUnitRecord } from '../domain/entities';
import type { OrgPath } from './org-path';

export const orgUnitId = (path: OrgPath): string => `org:${path}`;

/** The fields of OrgUnit other than its identity, in the order the import file and the docs list them. */
export const ORG_UNIT_DETAILS = ['areaCode', 'address', 'phone', 'contactPerson', 'lat', 'lng'] as const;

/** The unit a record holds, without its sync bookkeeping; a deleted record holds none. */
export function unitOfRecord(r: Partial<OrgUnitRecord> & Pick<OrgUnitRecord, 'path' | 'name' | 'level'>): OrgUnit | null {
  if (r.deleted) return null;
  const unit: OrgUnit = { path: r.path, name: r.name, level: r.level, parentPath: r.parentPath ?? null };
  for (const f of ORG_UNIT_DETAILS) if (r[f] !== undefined && r[f] !== null && r[f] !== '') Object.assign(unit, { [f]: r[f] });
  if (r.retired) unit.retired = true;
  return unit;
}

/** The units of a set of records (a station's table, the centre's rows), deleted ones left out. */
export function unitsOfRecords(records: readonly OrgUnitRecord[]): OrgUnit[] {
  return records.map(unitOfRecord).filter((u): u is OrgUnit => u !== null);
}

/** Two units hold the same values, whatever order their fields were set in. */
export function sameUnit(a: OrgUnit, b: OrgUnit): boolean {
  const canon = (u: OrgUnit) => JSON.stringify(Object.entries(u).filter(([, v]) => v !== undefined).sort(([x], [y]) => (x < y ? -1 : 1)));
  return canon(a) === canon(b);
}
