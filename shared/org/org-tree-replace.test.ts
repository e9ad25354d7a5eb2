import { afterEach, describe, expect, it } from 'vitest';
import type { OrgUnit } from '../domain/entities';
import { bundledOrgTree, childrenOf, isActiveUnit, isRetiredUnit, orgName, orgTree, orgTreeSource, orgTreeVersion, orgUnit, setOrgUnits, subscribeOrgTree, villagePaths } from './org-tree';
import { orgUnitId, sameUnit, unitOfRecord, unitsOfRecords } from './org-records';

const centreUnits = (): OrgUnit[] =>
  bundledOrgTree()
    .filter((u) => u.level !== 'village' || u.parentPath === 'JX/NH/T10')
    .map((u) => (u.path === 'JX/NH/T10' ? { ...u, name: '大桥镇（新）' } : u))
    .reverse();

describe('the org tree replaced at run time', () => {
  afterEach(() => setOrgUnits(null));

  it('reads the units it is given, and the bundled tree again after null', () => {
    expect(orgTreeSource()).toBe('bundled');
    const listened: number[] = [];
    const stop = subscribeOrgTree(() => listened.push(orgTreeVersion()));
    setOrgUnits(centreUnits());
    expect(orgTreeSource()).toBe('centre');
    expect(orgName('JX/NH/T10')).toBe('大桥镇（新）');
    expect(orgUnit('JX/NH/T01/V001')).toBeUndefined();
    expect(childrenOf('JX/NH/T01')).toEqual([]);
    // Children keep their order though the units came in reverse.
    expect(childrenOf('JX').map((c) => c.path)).toEqual(['JX/NH', 'JX/XZ', 'JX/JS', 'JX/HY', 'JX/HN', 'JX/PH', 'JX/TX']);
    expect(childrenOf('JX/NH/T10')[0]?.path).toBe('JX/NH/T10/V001');
    // Parents before children.
    const order = new Map(orgTree().map((u, i) => [u.path, i]));
    for (const u of orgTree()) if (u.parentPath) expect(order.get(u.parentPath)!).toBeLessThan(order.get(u.path)!);
    setOrgUnits(null);
    stop();
    expect(listened).toHaveLength(2);
    expect(orgName('JX/NH/T10')).toBe('大桥镇');
    expect(orgTreeSource()).toBe('bundled');
  });

  it('keeps a retired unit readable but not active', () => {
    setOrgUnits(centreUnits().map((u) => (u.path === 'JX/NH/T10/V002' ? { ...u, retired: true } : u)));
    expect(orgName('JX/NH/T10/V002')).toBe(bundledOrgTree().find((u) => u.path === 'JX/NH/T10/V002')!.name);
    expect(isRetiredUnit('JX/NH/T10/V002')).toBe(true);
    expect(isActiveUnit('JX/NH/T10/V002')).toBe(false);
    expect(isActiveUnit('JX/NH/T10/V001')).toBe(true);
    expect(isActiveUnit('JX/NH/T99')).toBe(false);
  });

  it('an empty set of units is the bundled tree; the demo villages never change', () => {
    const villages = villagePaths();
    setOrgUnits([]);
    expect(orgTreeSource()).toBe('bundled');
    setOrgUnits(centreUnits());
    expect(villagePaths()).toBe(villages);
    expect(villagePaths()).toHaveLength(2284);
  });

  it('turns records into units: deleted ones dropped, empty details left out', () => {
    const base = { orgPath: 'JX', createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z', updatedBy: 'x' };
    const kept = { ...base, id: orgUnitId('JX/NH'), path: 'JX/NH', name: '南湖区', level: 'county' as const, parentPath: 'JX', areaCode: '330402', phone: '', retired: false };
    const gone = { ...base, id: orgUnitId('JX/NH/T01/V099'), path: 'JX/NH/T01/V099', name: '旧村', level: 'village' as const, parentPath: 'JX/NH/T01', deleted: true };
    expect(unitsOfRecords([kept, gone])).toEqual([{ path: 'JX/NH', name: '南湖区', level: 'county', parentPath: 'JX', areaCode: '330402' }]);
    expect(unitOfRecord(gone)).toBeNull();
    expect(sameUnit({ path: 'JX', name: 'a', level: 'city', parentPath: null, phone: '1' }, { phone: '1', name: 'a', path: 'JX', level: 'city', parentPath: null })).toBe(true);
    expect(sameUnit({ path: 'JX', name: 'a', level: 'city', parentPath: null }, { path: 'JX', name: 'b', level: 'city', parentPath: null })).toBe(false);
  });
});
