import { describe, expect, it } from 'vitest';
import { isValidOrgPath, levelOf, parentOf } from './org-path';
import { childrenOf, orgName, orgTree, orgUnit, VILLAGE_COUNT, villagePaths } from './org-tree';

describe('the bundled org tree', () => {
  const units = orgTree();

  it('has the city, 7 counties, 73 towns and 2,284 villages', () => {
    const byLevel = (l: string) => units.filter((u) => u.level === l).length;
    expect([byLevel('city'), byLevel('county'), byLevel('town'), byLevel('village')]).toEqual([1, 7, 73, VILLAGE_COUNT]);
    expect(villagePaths()).toHaveLength(2284);
    expect(new Set(units.map((u) => u.path)).size).toBe(units.length);
  });

  it('names the real counties with their codes', () => {
    expect(childrenOf('JX').map((c) => `${c.path} ${c.name} ${c.areaCode}`)).toEqual([
      'JX/NH 南湖区 330402', 'JX/XZ 秀洲区 330411', 'JX/JS 嘉善县 330421', 'JX/HY 海盐县 330424',
      'JX/HN 海宁市 330481', 'JX/PH 平湖市 330482', 'JX/TX 桐乡市 330483',
    ]);
    expect(orgName('JX/NH/T10')).toBe('大桥镇');
    expect(orgName('JX')).toBe('嘉兴市');
    expect(orgUnit('JX/NH/T99')).toBeUndefined();
  });

  it('is consistent: valid paths, parents exist, levels match', () => {
    for (const u of units) {
      expect(isValidOrgPath(u.path)).toBe(true);
      expect(levelOf(u.path)).toBe(u.level);
      expect(u.parentPath).toBe(parentOf(u.path));
      if (u.parentPath) expect(orgUnit(u.parentPath)).toBeDefined();
    }
  });

  it('gives towns 村 and streets 社区, unique within a town', () => {
    for (const town of units.filter((u) => u.level === 'town')) {
      const names = childrenOf(town.path).map((v) => v.name);
      expect(names.length).toBeGreaterThan(10);
      expect(new Set(names).size).toBe(names.length);
      const suffix = town.name.endsWith('街道') ? '社区' : '村';
      for (const n of names) expect(n.endsWith(suffix)).toBe(true);
    }
    expect(childrenOf('JX/NH/T10')[0]?.path).toBe('JX/NH/T10/V001');
  });

  it('is memoised and the same every time', () => {
    expect(orgTree()).toBe(units);
    expect(orgName('JX/HN/T03/V007')).toBe(orgUnit('JX/HN/T03/V007')?.name);
  });
});
