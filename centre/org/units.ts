/**
 * The org tree as the city centre keeps it (docs/org-tree.md): records of the centre-owned,
 * shared-down table `orgUnits`, one per unit, at the city's path, so every station receives the
 * whole tree on its pull and none may change it. The administrator adds, edits, renames,
 * retires and restores units and moves a village to another town; each change is written with
 * its history row in one transaction, with a fresh centre clock over the whole record (the
 * centre is the only writer, so there is nothing to merge).
 */
import type { OrgUnit, OrgUnitRecord } from '../../shared/domain/entities';
import { CITY_PATH, isValidOrgPath, levelOf, type OrgPath } from '../../shared/org/org-path';
import { bundledOrgTree } from '../../shared/org/org-tree';
import { orgUnitId, sameUnit, unitOfRecord } from '../../shared/org/org-records';
import { writeRecordsIn, type Store } from '../db/store';
import { writeHistory, type NewOrgChange } from './history';
import { checkDetails, UNIT_CODE, withDetails, type UnitProblem } from './unit-input';
import { unitHoldings } from './holdings';

/** The unit does not exist (404). */
export class OrgUnitNotFound extends Error {}
/** Input refused, every problem named; nothing was written (400). */
export class OrgInputError extends Error {
  constructor(readonly problems: UnitProblem[]) {
    super(problems.map((p) => `${p.field}: ${p.message}`).join('; '));
  }
}
/** The change is well formed but the tree as it stands does not allow it (409). */
export class OrgConflict extends Error {}

export interface OrgTreeView {
  units: OrgUnit[];
  /** `centre`: the store holds the tree; `bundled`: none yet, the built-in one applies. */
  source: 'centre' | 'bundled';
}

const LEVEL_ORDER = { city: 0, county: 1, town: 2, village: 3 } as const;

function byTree(a: OrgUnit, b: OrgUnit): number {
  return LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.path.localeCompare(b.path, 'en', { numeric: true });
}

/** Every org record the store holds, deleted ones (moved away) included. */
async function orgRecords(store: Store): Promise<OrgUnitRecord[]> {
  const rows = await store.db.selectFrom('records').select(['data', 'deleted']).where('tbl', '=', 'orgUnits').execute();
  return rows.map((r) => ({ ...(JSON.parse(r.data) as OrgUnitRecord), ...(r.deleted ? { deleted: true } : {}) }));
}

/** The centre's live tree (retired units included, flagged), or the bundled one when it holds none. */
export async function readOrgTree(store: Store): Promise<OrgTreeView> {
  const units = (await orgRecords(store)).map(unitOfRecord).filter((u): u is OrgUnit => u !== null).sort(byTree);
  return units.length ? { units, source: 'centre' } : { units: bundledOrgTree(), source: 'bundled' };
}

export async function findUnit(store: Store, path: OrgPath): Promise<OrgUnit | undefined> {
  return (await readOrgTree(store)).units.find((u) => u.path === path);
}

/** Why no new enrolment code may be made for `path`, or null when one may. */
export async function enrolmentRefusal(store: Store, path: OrgPath): Promise<string | null> {
  const unit = await findUnit(store, path);
  if (!unit) return `${path} is not a unit of the org tree (see npm run centre -- org list)`;
  if (unit.retired) return `${path} (${unit.name}) is retired: no new station can enrol for it`;
  return null;
}

export function recordOf(unit: OrgUnit, existing: Pick<OrgUnitRecord, 'createdAt'> | undefined, now: string, who: string): OrgUnitRecord {
  return { ...unit, id: orgUnitId(unit.path), orgPath: CITY_PATH, createdAt: existing?.createdAt ?? now, updatedAt: now, updatedBy: who, deleted: false };
}

/** Writes records and history rows of one change in one transaction. */
export async function commit(store: Store, records: OrgUnitRecord[], history: NewOrgChange[]): Promise<void> {
  await store.db.transaction().execute(async (trx) => {
    await writeRecordsIn(trx, store, 'orgUnits', records);
    await writeHistory(trx, history);
  });
}

/**
 * Writes the bundled tree (real counties and towns, generated villages) into a centre that
 * holds no org units, once; returns how many it wrote (0 when there was a tree already).
 */
export async function ensureOrgTree(store: Store, now = new Date().toISOString()): Promise<number> {
  const held = await store.db.selectFrom('records').select('id').where('tbl', '=', 'orgUnits').limit(1).executeTakeFirst();
  if (held) return 0;
  const units = bundledOrgTree();
  await commit(store, units.map((u) => recordOf(u, undefined, now, 'seed')), [{ at: now, who: 'seed', kind: 'seed', path: CITY_PATH, before: null, after: null, units: units.length }]);
  return units.length;
}

interface Tree {
  units: Map<OrgPath, OrgUnit>;
  records: Map<string, OrgUnitRecord>;
}

async function centreTree(store: Store): Promise<Tree> {
  const records = await orgRecords(store);
  if (records.length === 0) throw new OrgConflict('The centre holds no org tree yet (it is written at start); start the centre once first.');
  const units = new Map<OrgPath, OrgUnit>();
  for (const r of records) {
    const u = unitOfRecord(r);
    if (u) units.set(u.path, u);
  }
  return { units, records: new Map(records.map((r) => [r.id, r])) };
}

function liveUnit(tree: Tree, path: string): OrgUnit {
  const unit = isValidOrgPath(path) ? tree.units.get(path) : undefined;
  if (!unit) throw new OrgUnitNotFound(`No org unit ${path}`);
  return unit;
}

const childrenIn = (tree: Tree, path: OrgPath) => [...tree.units.values()].filter((u) => u.parentPath === path);

/** Adds a unit under `parentPath` with its code (the last segment of its path). */
export async function addUnit(store: Store, input: Record<string, unknown>, who: string, now = new Date().toISOString()): Promise<OrgUnit> {
  const problems: UnitProblem[] = [];
  const parentPath = input.parentPath;
  const code = input.code;
  if (typeof parentPath !== 'string' || !isValidOrgPath(parentPath)) problems.push({ field: 'parentPath', message: `${JSON.stringify(parentPath)} is not an org path` });
  if (typeof code !== 'string' || !UNIT_CODE.test(code)) problems.push({ field: 'code', message: `${JSON.stringify(code)} is not a unit code (1–8 capital letters or digits, e.g. V012)` });
  const { details, problems: detailProblems } = checkDetails(input, { nameRequired: true });
  problems.push(...detailProblems);
  for (const k of Object.keys(input)) if (!['parentPath', 'code', 'name', 'areaCode', 'address', 'phone', 'contactPerson', 'lat', 'lng'].includes(k)) problems.push({ field: k, message: 'not a field of an org unit' });
  if (problems.length) throw new OrgInputError(problems);
  const tree = await centreTree(store);
  const parent = liveUnit(tree, parentPath as string);
  const path = `${parent.path}/${code as string}`;
  if (!isValidOrgPath(path)) throw new OrgInputError([{ field: 'parentPath', message: `${parent.path} is a village: nothing can be added below it` }]);
  if (parent.retired) throw new OrgConflict(`${parent.path} (${parent.name}) is retired: restore it before adding units to it`);
  if (tree.units.has(path)) throw new OrgConflict(`${path} exists already (${tree.units.get(path)?.name})`);
  const unit = withDetails({ path, name: '', level: levelOf(path), parentPath: parent.path }, details);
  await commit(store, [recordOf(unit, tree.records.get(orgUnitId(path)), now, who)], [{ at: now, who, kind: 'add', path, before: null, after: unit }]);
  return unit;
}

/** Changes a unit's name or details; its path (its identity) stays. */
export async function editUnit(store: Store, path: string, input: Record<string, unknown>, who: string, now = new Date().toISOString()): Promise<OrgUnit> {
  const problems: UnitProblem[] = Object.keys(input)
    .filter((k) => !['name', 'areaCode', 'address', 'phone', 'contactPerson', 'lat', 'lng'].includes(k))
    .map((k) => ({ field: k, message: ['path', 'code', 'parentPath', 'level'].includes(k) ? 'a unit keeps its path: move a village with POST …/move' : k === 'retired' ? 'use POST …/retire or …/restore' : 'not a field of an org unit' }));
  const { details, problems: detailProblems } = checkDetails(input, { nameRequired: false });
  problems.push(...detailProblems);
  if (problems.length) throw new OrgInputError(problems);
  const tree = await centreTree(store);
  const before = liveUnit(tree, path);
  const after = withDetails(before, details);
  if (sameUnit(after, before)) return before;
  const kind = after.name !== before.name ? 'rename' : 'edit';
  await commit(store, [recordOf(after, tree.records.get(orgUnitId(path)), now, who)], [{ at: now, who, kind, path, before, after }]);
  return after;
}

/**
 * Retires a unit (or restores one). A retired unit stays in the tree so its records keep its
 * name; a unit with units still in use below it cannot be retired, nor one restored below a
 * retired parent.
 */
export async function setRetired(store: Store, path: string, retired: boolean, who: string, now = new Date().toISOString()): Promise<OrgUnit> {
  const tree = await centreTree(store);
  const before = liveUnit(tree, path);
  if (!!before.retired === retired) return before;
  if (retired) {
    if (before.level === 'city') throw new OrgConflict('The city cannot be retired');
    const active = childrenIn(tree, before.path).filter((c) => !c.retired);
    if (active.length) throw new OrgConflict(`${before.path} (${before.name}) still has ${active.length} unit(s) in use below it (${active.slice(0, 3).map((c) => c.name).join(', ')}…): retire or move them first`);
  } else if (before.parentPath && tree.units.get(before.parentPath)?.retired) {
    throw new OrgConflict(`${before.parentPath} is retired: restore it first`);
  }
  const after: OrgUnit = { ...before };
  if (retired) after.retired = true;
  else delete after.retired;
  await commit(store, [recordOf(after, tree.records.get(orgUnitId(path)), now, who)], [{ at: now, who, kind: retired ? 'retire' : 'restore', path, before, after }]);
  return after;
}

/** The next free village code under a town: one above every code it has ever held (moved-away ones too, so a path is never reused). */
function nextVillageCode(tree: Tree, townPath: OrgPath): string {
  let max = 0;
  for (const r of tree.records.values()) {
    if (r.parentPath !== townPath) continue;
    const m = /^V(\d+)$/.exec(r.path.slice(townPath.length + 1));
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `V${String(max + 1).padStart(3, '0')}`;
}

/**
 * Moves a village to another town. Paths are the scope of every record, device and code, so
 * the move is refused (409) while the village holds any of them: it is meant for a unit that
 * is still empty (docs/org-tree.md, "Moving a village"). The unit gets a new path under the
 * town; its record at the old path is deleted (the deletion travels), and the history names both.
 */
export async function moveUnit(store: Store, path: string, input: Record<string, unknown>, who: string, now = new Date().toISOString()): Promise<OrgUnit> {
  const problems: UnitProblem[] = [];
  const to = input.toParentPath;
  const code = input.code;
  if (typeof to !== 'string' || !isValidOrgPath(to)) problems.push({ field: 'toParentPath', message: `${JSON.stringify(to)} is not an org path` });
  if (code !== undefined && (typeof code !== 'string' || !UNIT_CODE.test(code))) problems.push({ field: 'code', message: `${JSON.stringify(code)} is not a unit code (e.g. V012)` });
  for (const k of Object.keys(input)) if (k !== 'toParentPath' && k !== 'code') problems.push({ field: k, message: 'a move takes only toParentPath and code' });
  if (problems.length) throw new OrgInputError(problems);
  const tree = await centreTree(store);
  const before = liveUnit(tree, path);
  if (before.level !== 'village') throw new OrgInputError([{ field: 'path', message: `${path} is a ${before.level}: only a village or community moves to another town` }]);
  const town = liveUnit(tree, to as string);
  if (town.level !== 'town') throw new OrgInputError([{ field: 'toParentPath', message: `${town.path} (${town.name}) is a ${town.level}, not a town` }]);
  if (town.path === before.parentPath) throw new OrgInputError([{ field: 'toParentPath', message: `${before.name} is already in ${town.name}` }]);
  if (town.retired) throw new OrgConflict(`${town.path} (${town.name}) is retired`);
  if (before.retired) throw new OrgConflict(`${path} (${before.name}) is retired: restore it before moving it`);
  const newPath = `${town.path}/${(code as string | undefined) ?? nextVillageCode(tree, town.path)}`;
  if (tree.records.has(orgUnitId(newPath))) throw new OrgConflict(`${newPath} is or was in use: choose another code`);
  const held = await unitHoldings(store, before.path);
  if (held.total > 0)
    throw new OrgConflict(
      `${before.path} (${before.name}) holds ${held.describe()}: its path is their scope, so it cannot move. ` +
        'Add a new village under the town instead and retire this one once its work is done (docs/org-tree.md).',
    );
  const after: OrgUnit = { ...before, path: newPath, parentPath: town.path };
  const oldRecord = tree.records.get(orgUnitId(before.path));
  const gone: OrgUnitRecord = { ...recordOf(before, oldRecord, now, who), deleted: true };
  await commit(store, [gone, recordOf(after, undefined, now, who)], [{ at: now, who, kind: 'move', path: newPath, before, after }]);
  return after;
}

