/**
 * The bundled org tree of the 96345 network: the city, its 7 county stations, their 73 towns and
 * streets (jiaxing-org.json), and exactly 2,284 generated village/community service points. The
 * renderer builds it at startup, so it is generated once, deterministically, and memoised.
 */
import type { OrgUnit } from '../domain/entities';
import { createRng, hashString, mixSeed } from '../demo/rng';
import { CITY_PATH, type OrgPath } from './org-path';
import { unitNames } from './village-names';
import data from './jiaxing-org.json';

/** The article's count of village/community service points. */
export const VILLAGE_COUNT = 2284;

/** Two-letter county codes used in org paths. */
export const COUNTY_CODES: Readonly<Record<string, string>> = {
  南湖区: 'NH', 秀洲区: 'XZ', 嘉善县: 'JS', 平湖市: 'PH', 海盐县: 'HY', 海宁市: 'HN', 桐乡市: 'TX',
};

interface Tree {
  units: OrgUnit[];
  byPath: Map<OrgPath, OrgUnit>;
  children: Map<OrgPath, OrgUnit[]>;
  villages: OrgPath[];
}
let memo: Tree | undefined;

/**
 * Share the villages among the towns: towns (镇) hold more villages than streets (街道) hold
 * communities, with a little seeded variation; largest remainders make the total exact.
 */
function villageCounts(towns: { name: string; path: OrgPath }[]): number[] {
  const weights = towns.map((t) => {
    const jitter = createRng(hashString(t.path)).next();
    return (t.name.endsWith('街道') ? 0.8 : 1.25) * (0.75 + jitter * 0.5);
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w / total) * VILLAGE_COUNT);
  const counts = exact.map(Math.floor);
  let left = VILLAGE_COUNT - counts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts;
}

function build(): Tree {
  const units: OrgUnit[] = [{ path: CITY_PATH, name: data.city.name, level: 'city', parentPath: null, areaCode: data.city.areaCode }];
  const towns: { name: string; path: OrgPath }[] = [];
  for (const county of data.counties) {
    const code = COUNTY_CODES[county.name];
    if (!code) throw new Error(`No code for county ${county.name}`);
    const countyPath = `${CITY_PATH}/${code}`;
    units.push({ path: countyPath, name: county.name, level: 'county', parentPath: CITY_PATH, areaCode: county.areaCode });
    county.towns.forEach((name, i) => {
      const path = `${countyPath}/T${String(i + 1).padStart(2, '0')}`;
      units.push({ path, name, level: 'town', parentPath: countyPath });
      towns.push({ name, path });
    });
  }
  const villages: OrgPath[] = [];
  const counts = villageCounts(towns);
  towns.forEach((town, t) => {
    const names = unitNames(createRng(mixSeed(hashString(town.path), 2284)), counts[t] ?? 0, town.name.endsWith('街道'));
    names.forEach((name, v) => {
      const path = `${town.path}/V${String(v + 1).padStart(3, '0')}`;
      units.push({ path, name, level: 'village', parentPath: town.path });
      villages.push(path);
    });
  });
  const byPath = new Map(units.map((u) => [u.path, u]));
  const children = new Map<OrgPath, OrgUnit[]>();
  for (const u of units) {
    if (u.parentPath === null) continue;
    const list = children.get(u.parentPath);
    if (list) list.push(u);
    else children.set(u.parentPath, [u]);
  }
  return { units, byPath, children, villages };
}

function tree(): Tree {
  memo ??= build();
  return memo;
}

/** Every unit, parents before children (city, then each county followed by its towns, then villages). */
export function orgTree(): OrgUnit[] {
  return tree().units;
}

export function orgUnit(path: OrgPath): OrgUnit | undefined {
  return tree().byPath.get(path);
}

export function childrenOf(path: OrgPath): OrgUnit[] {
  return tree().children.get(path) ?? [];
}

/** The unit's own full name (南湖区, 大桥镇, 东星村); an unknown path is shown as itself. */
export function orgName(path: OrgPath): string {
  return tree().byPath.get(path)?.name ?? path;
}

export function villagePaths(): OrgPath[] {
  return tree().villages;
}
