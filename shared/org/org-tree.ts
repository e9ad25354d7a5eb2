/**
 * The org tree of the 96345 network, read synchronously everywhere (orgName, childrenOf…).
 *
 * It is data owned by the city centre (docs/org-tree.md): the centre keeps it as `orgUnits`
 * records and every station receives them on sync. Until a station's first pull brings them, the
 * BUNDLED tree is used: the city, its 7 counties, their 73 towns and streets (jiaxing-org.json)
 * and exactly 2,284 generated village/community service points, generated once,
 * deterministically. `setOrgUnits` replaces the tree at run time (the renderer calls it with the
 * stored units at start and whenever the table changes; renderer/src/org/live.ts).
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

export type OrgTreeSource = 'bundled' | 'centre';

interface Tree {
  units: OrgUnit[];
  byPath: Map<OrgPath, OrgUnit>;
  children: Map<OrgPath, OrgUnit[]>;
  source: OrgTreeSource;
}
let bundled: { tree: Tree; villages: OrgPath[] } | undefined;
let current: Tree | undefined;
let version = 0;
const listeners = new Set<() => void>();

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

function generate(): { units: OrgUnit[]; villages: OrgPath[] } {
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
  return { units, villages };
}

/**
 * Siblings in a stable order: units with an area code first, by that code (the counties in
 * GB/T 2260 order, as jiaxing-org.json lists them), then by path, numbers compared as numbers.
 */
function bySibling(a: OrgUnit, b: OrgUnit): number {
  const ka = a.areaCode ?? '~';
  const kb = b.areaCode ?? '~';
  return ka < kb ? -1 : ka > kb ? 1 : a.path.localeCompare(b.path, 'en', { numeric: true });
}

function index(units: readonly OrgUnit[], source: OrgTreeSource): Tree {
  const byPath = new Map(units.map((u) => [u.path, u]));
  const children = new Map<OrgPath, OrgUnit[]>();
  for (const u of units) {
    if (u.parentPath === null) continue;
    const list = children.get(u.parentPath);
    if (list) list.push(u);
    else children.set(u.parentPath, [u]);
  }
  for (const list of children.values()) list.sort(bySibling);
  return { units: [...units], byPath, children, source };
}

function bundledTree(): { tree: Tree; villages: OrgPath[] } {
  if (!bundled) {
    const { units, villages } = generate();
    bundled = { tree: index(units, 'bundled'), villages };
  }
  return bundled;
}

function tree(): Tree {
  current ??= bundledTree().tree;
  return current;
}

/** Parents before children, depth first in sibling order; units whose parent is unknown come last. */
function preorder(t: Tree): OrgUnit[] {
  const out: OrgUnit[] = [];
  const seen = new Set<OrgPath>();
  const walk = (u: OrgUnit) => {
    if (seen.has(u.path)) return;
    seen.add(u.path);
    out.push(u);
    for (const c of t.children.get(u.path) ?? []) walk(c);
  };
  for (const u of [...t.units].filter((u) => u.parentPath === null).sort(bySibling)) walk(u);
  for (const u of t.units) if (!seen.has(u.path)) walk(u);
  return out;
}

/**
 * Replaces the tree every call here reads: the centre's units (as a station stores them), or
 * null for the bundled tree. Listeners run after the change (the renderer re-renders on it).
 */
export function setOrgUnits(units: readonly OrgUnit[] | null): void {
  if (units === null || units.length === 0) current = bundledTree().tree;
  else {
    const t = index(units, 'centre');
    current = { ...t, units: preorder(t) };
  }
  version++;
  for (const l of listeners) l();
}

/** Where the current tree came from: the centre's records, or the bundled copy. */
export function orgTreeSource(): OrgTreeSource {
  return tree().source;
}

/** Calls `listener` after every replacement of the tree; returns the way to stop. */
export function subscribeOrgTree(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A number that changes with every replacement (for React's useSyncExternalStore). */
export function orgTreeVersion(): number {
  return version;
}

/** The bundled (generated) tree, whatever the current one is: the centre's demo seed. */
export function bundledOrgTree(): OrgUnit[] {
  return bundledTree().tree.units;
}

/** Every unit, retired ones included, parents before children. */
export function orgTree(): OrgUnit[] {
  return tree().units;
}

export function orgUnit(path: OrgPath): OrgUnit | undefined {
  return tree().byPath.get(path);
}

/** The unit's children, retired ones included (their records are still shown). */
export function childrenOf(path: OrgPath): OrgUnit[] {
  return tree().children.get(path) ?? [];
}

/** The unit's own full name (南湖区, 大桥镇, 东星村), a retired one's too; an unknown path is shown as itself. */
export function orgName(path: OrgPath): string {
  return tree().byPath.get(path)?.name ?? path;
}

/** A unit that exists and is not retired: what enrolment and first-run setup may offer. */
export function isActiveUnit(path: OrgPath): boolean {
  const u = tree().byPath.get(path);
  return !!u && !u.retired;
}

export function isRetiredUnit(path: OrgPath): boolean {
  return tree().byPath.get(path)?.retired === true;
}

/**
 * The villages of the BUNDLED tree, whatever the current tree is: the demo city is generated
 * over them, and must come out the same on every machine.
 */
export function villagePaths(): OrgPath[] {
  return bundledTree().villages;
}
