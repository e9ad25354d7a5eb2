/**
 * Importing the org tree from a file (xlsx or CSV): each row adds the unit at its path or
 * updates the one there; units the file does not name are left as they are. Every row is
 * checked first, and the whole file against the tree it would make; if any row is bad, every
 * bad row is reported with its row number and field and NOTHING is written. Otherwise all
 * changes and their history rows are written in one transaction.
 *
 * Columns (header row; Chinese or English names, any order; docs/org-tree.md):
 * 路径 path — or 编码 code with 上级 parent (the parent's path; empty for the city) —,
 * 名称 name, 层级 level (optional; checked against the path), 区划代码 areaCode, 地址 address,
 * 电话 phone, 联系人 contactPerson, 纬度 lat, 经度 lng, 状态 status (在用 / 撤销).
 */
import type { OrgUnit, OrgUnitRecord } from '../../shared/domain/entities';
import { isValidOrgPath, levelOf, parentOf, type OrgPath } from '../../shared/org/org-path';
import { orgUnitId, sameUnit, unitOfRecord } from '../../shared/org/org-records';
import type { Store } from '../db/store';
import type { NewOrgChange, OrgChangeKind } from './history';
import { readOrgFile, type Sheet } from './org-file';
import { commit, recordOf } from './units';
import { checkDetails, levelWord, UNIT_CODE, withDetails } from './unit-input';

export interface RowProblem {
  /** The file's row number (the header is usually row 1). */
  row: number;
  field: string;
  message: string;
}

/** The file was refused: every problem found; nothing was written. */
export class OrgImportRefused extends Error {
  constructor(readonly problems: RowProblem[]) {
    super(`${problems.length} problem(s): ${problems.slice(0, 20).map((p) => `row ${p.row} ${p.field}: ${p.message}`).join('; ')}${problems.length > 20 ? '; …' : ''}`);
  }
}

export interface ImportReport {
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  /** True when nothing was written because only a check was asked for. */
  dryRun: boolean;
}

type Column = 'path' | 'code' | 'parentPath' | 'name' | 'level' | 'areaCode' | 'address' | 'phone' | 'contactPerson' | 'lat' | 'lng' | 'status';

const COLUMN_NAMES: Record<Column, string[]> = {
  path: ['path', '路径', '组织路径', '单位路径'],
  code: ['code', '编码', '代码', '单位编码'],
  parentPath: ['parent', 'parentpath', '上级', '上级路径', '上级单位', '上级编码'],
  name: ['name', '名称', '单位名称'],
  level: ['level', '层级', '级别'],
  areaCode: ['areacode', '区划代码', '行政区划代码', '区划编码'],
  address: ['address', '地址'],
  phone: ['phone', '电话', '联系电话'],
  contactPerson: ['contact', 'contactperson', '联系人'],
  lat: ['lat', 'latitude', '纬度'],
  lng: ['lng', 'lon', 'longitude', '经度'],
  status: ['status', '状态'],
};
const DETAIL_COLUMNS = ['name', 'areaCode', 'address', 'phone', 'contactPerson', 'lat', 'lng'] as const;

/** `名称（必填）` and `Name *` are the name column: notes in brackets, stars, spaces and case do not count. */
const normalise = (h: string) => h.replace(/[（(][^）)]*[）)]/g, '').replace(/[\s*_]/g, '').toLowerCase();

function columnsOf(sheet: Sheet, problems: RowProblem[]): Map<Column, number> {
  const found = new Map<Column, number>();
  sheet.header.forEach((h, i) => {
    const n = normalise(h);
    if (n === '') return;
    const col = (Object.keys(COLUMN_NAMES) as Column[]).find((c) => COLUMN_NAMES[c].some((name) => normalise(name) === n));
    if (!col) problems.push({ row: sheet.headerRow, field: h, message: 'not a column of the org tree file' });
    else if (found.has(col)) problems.push({ row: sheet.headerRow, field: h, message: `a second ${col} column` });
    else found.set(col, i);
  });
  if (!found.has('name')) problems.push({ row: sheet.headerRow, field: 'name', message: 'the file has no 名称 (name) column' });
  if (!found.has('path') && !(found.has('code') && found.has('parentPath'))) problems.push({ row: sheet.headerRow, field: 'path', message: 'the file needs a 路径 (path) column, or 编码 (code) and 上级 (parent)' });
  return found;
}

const RETIRED_WORDS = new Set(['撤销', '已撤销', 'retired', '停用', '已停用']);
const ACTIVE_WORDS = new Set(['在用', '正常', 'active', '启用', '']);

interface PlannedRow {
  row: number;
  unit: OrgUnit;
}

/** Checks the rows against the tree held; the units the file would write, or every problem. */
function plan(sheet: Sheet, held: Map<OrgPath, OrgUnit>): { rows: PlannedRow[]; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const cols = columnsOf(sheet, problems);
  if (problems.length) return { rows: [], problems };
  const rows: PlannedRow[] = [];
  const rowOf = new Map<OrgPath, number>();
  for (const { row, cells } of sheet.rows) {
    const cell = (c: Column) => (cols.has(c) ? (cells[cols.get(c)!] ?? '').trim() : undefined);
    const bad = (field: string, message: string) => problems.push({ row, field, message });
    const before = problems.length;
    let path = cell('path');
    const code = cell('code');
    const parent = cell('parentPath');
    if (path !== undefined && path !== '') {
      if (!isValidOrgPath(path)) bad('path', `${JSON.stringify(path)} is not an org path (e.g. JX/NH/T01/V001)`);
      else if (code && code !== path.split('/').pop()) bad('code', `${code} is not the last part of the path ${path}`);
      else if (parent !== undefined && parent !== '' && parent !== parentOf(path)) bad('parentPath', `${parent} is not the parent of ${path}`);
    } else if (code !== undefined && parent !== undefined) {
      if (!UNIT_CODE.test(code)) bad('code', code === '' ? '编码不能为空 (a code is required)' : `${JSON.stringify(code)} is not a unit code (1–8 capital letters or digits, e.g. V012)`);
      else if (parent !== '' && !isValidOrgPath(parent)) bad('parentPath', `${JSON.stringify(parent)} is not an org path`);
      else {
        path = parent === '' ? code : `${parent}/${code}`;
        if (!isValidOrgPath(path)) bad(parent === '' ? 'parentPath' : 'code', parent === '' ? `only the city (JX) has no parent` : `${path} would lie below a village`);
      }
    } else bad('path', '路径不能为空 (a path is required)');
    const input: Record<string, unknown> = {};
    for (const f of DETAIL_COLUMNS) {
      const v = cell(f);
      if (v !== undefined) input[f] = v;
    }
    const { details, problems: detailProblems } = checkDetails(input, { nameRequired: true });
    for (const p of detailProblems) bad(p.field, p.message);
    const levelText = cell('level');
    const statusText = cell('status');
    let retired: boolean | undefined;
    if (statusText !== undefined) {
      const s = statusText.toLowerCase();
      if (RETIRED_WORDS.has(s)) retired = true;
      else if (ACTIVE_WORDS.has(s)) retired = false;
      else bad('status', `${JSON.stringify(statusText)}: write 在用 (in use) or 撤销 (retired)`);
    }
    if (path && isValidOrgPath(path)) {
      if (levelText) {
        const level = levelWord(levelText);
        if (!level) bad('level', `${JSON.stringify(levelText)} is not a level (市/县/镇/村, or city/county/town/village)`);
        else if (level !== levelOf(path)) bad('level', `${path} is a ${levelOf(path)} by its path, not a ${level}`);
      }
      const first = rowOf.get(path);
      if (first !== undefined) bad('path', `${path} is also on row ${first}`);
    }
    if (problems.length > before || !path) continue;
    rowOf.set(path, row);
    const existing = held.get(path);
    let unit = withDetails(existing ?? { path, name: '', level: levelOf(path), parentPath: parentOf(path) }, details);
    if (retired !== undefined) {
      unit = { ...unit };
      if (retired) unit.retired = true;
      else delete unit.retired;
    }
    rows.push({ row, unit });
  }
  // The tree the file would make: parents must exist and be in use below units in use.
  const result = new Map(held);
  for (const r of rows) result.set(r.unit.path, r.unit);
  for (const { row, unit } of rows) {
    if (unit.parentPath === null) continue;
    const parent = result.get(unit.parentPath);
    if (!parent) problems.push({ row, field: 'parentPath', message: `${unit.parentPath} is not in the org tree nor in this file` });
    else if (parent.retired && !unit.retired) problems.push({ row, field: 'status', message: `its parent ${parent.path} (${parent.name}) is retired` });
  }
  for (const { row, unit } of rows) {
    if (!unit.retired) continue;
    const active = [...result.values()].filter((u) => u.parentPath === unit.path && !u.retired);
    if (active.length) problems.push({ row, field: 'status', message: `${active.length} unit(s) in use below it (${active.slice(0, 3).map((u) => u.name).join(', ')}): retire them too` });
  }
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems };
}

function kindOf(before: OrgUnit | undefined, after: OrgUnit): OrgChangeKind {
  if (!before) return 'add';
  if (!!before.retired !== !!after.retired) return after.retired ? 'retire' : 'restore';
  return before.name !== after.name ? 'rename' : 'edit';
}

/**
 * Imports a file into the centre's tree. Throws OrgFileError (unreadable) or OrgImportRefused
 * (every bad row); with `dryRun` it checks and counts but writes nothing.
 */
export async function importOrgFile(store: Store, bytes: Uint8Array, opts: { fileName: string; who: string; dryRun?: boolean; now?: string }): Promise<ImportReport> {
  const sheet = await readOrgFile(bytes);
  const rows = await store.db.selectFrom('records').select(['data', 'deleted']).where('tbl', '=', 'orgUnits').execute();
  const records = new Map(rows.map((r) => [JSON.parse(r.data) as OrgUnitRecord, r.deleted] as const).map(([rec, deleted]) => [rec.id, { ...rec, ...(deleted ? { deleted: true } : {}) }]));
  const held = new Map<OrgPath, OrgUnit>();
  for (const r of records.values()) {
    const u = unitOfRecord(r);
    if (u) held.set(u.path, u);
  }
  const planned = plan(sheet, held);
  if (planned.problems.length) throw new OrgImportRefused(planned.problems);
  const now = opts.now ?? new Date().toISOString();
  const writes: OrgUnitRecord[] = [];
  const history: NewOrgChange[] = [];
  let added = 0;
  let changed = 0;
  for (const { row, unit } of planned.rows) {
    const before = held.get(unit.path);
    if (before && sameUnit(before, unit)) continue;
    if (before) changed++;
    else added++;
    writes.push(recordOf(unit, records.get(orgUnitId(unit.path)), now, opts.who));
    history.push({ at: now, who: opts.who, kind: kindOf(before, unit), path: unit.path, before: before ?? null, after: unit, source: { file: opts.fileName, row } });
  }
  if (!opts.dryRun && writes.length) await commit(store, writes, history);
  return { rows: planned.rows.length, added, changed, unchanged: planned.rows.length - added - changed, dryRun: !!opts.dryRun };
}
