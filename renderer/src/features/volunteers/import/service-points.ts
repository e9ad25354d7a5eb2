/**
 * Resolves a service point written in a roster (东星村, 大桥镇/东星村, or an org path) to a village
 * inside this station's subtree. Village names repeat across towns, so a bare name that is not
 * unique below the station is reported as ambiguous rather than guessed.
 */
import { isValidOrgPath, isWithin, type OrgPath } from '../../../../../shared/org/org-path';
import { orgTree, orgUnit } from '../../../../../shared/org/org-tree';
import type { ServicePointLookup } from '../../../../../shared/registry/roster-check';

export function servicePointLookup(stationPath: OrgPath): ServicePointLookup {
  const byName = new Map<string, OrgPath[]>();
  const add = (key: string, path: OrgPath) => {
    const list = byName.get(key);
    if (list) list.push(path);
    else byName.set(key, [path]);
  };
  const units = orgTree();
  for (const u of units) {
    if (!isWithin(u.path, stationPath)) continue;
    add(u.name, u.path);
    const parent = u.parentPath ? orgUnit(u.parentPath) : undefined;
    if (parent) add(`${parent.name}/${u.name}`, u.path);
  }
  return (text) => {
    const t = text.replace(/\s/g, '').replace(/[\\／]/g, '/');
    if (isValidOrgPath(t) && orgUnit(t)) return isWithin(t, stationPath) ? { path: t } : { problem: 'outsideStation' };
    const found = byName.get(t);
    if (!found) return units.some((u) => u.name === t) ? { problem: 'outsideStation' } : { problem: 'unknownServicePoint' };
    return found.length === 1 ? { path: found[0]! } : { problem: 'ambiguousServicePoint' };
  };
}
