/**
 * The org tree at the centre, on SQLite and PostgreSQL, through the real app: the seed, imports
 * (a bad file writes nothing and names every bad row; a good one adds and changes units),
 * renames reaching a station's pull with the path unchanged, retiring, moving a village, the
 * enrolment refusals and a station's push to orgUnits refused.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { OrgUnit, OrgUnitRecord } from '../../shared/domain/entities';
import { orgUnitId } from '../../shared/org/org-records';
import { bundledOrgTree } from '../../shared/org/org-tree';
import { buildCentre } from '../app';
import { countChanges, countRecords, readRecord } from '../db/store';
import { createEnrolmentCode, EnrolmentInputError } from '../enrolment/enrolment';
import { resetAdminToken } from '../enrolment/admin-token';
import { STORE_KINDS, useTestStore } from '../testing/test-store';
import { TestStation } from '../testing/sync';
import { listHistory, withHistory } from './history';
import { ensureOrgTree } from './units';

const FAST = { burst: 10_000, perSecond: 1000 };
const UNITS = bundledOrgTree().length;
const TOWN = 'JX/NH/T10'; // 大桥镇
const OTHER_TOWN = 'JX/NH/T11'; // 余新镇
const enc = encodeURIComponent;

describe.each(STORE_KINDS)('the centre’s org tree over %s', (kind) => {
  const t = useTestStore(kind);
  let app: FastifyInstance;
  let token: string;
  beforeAll(async () => {
    app = buildCentre({ store: t.store, sync: { rate: FAST, enrolRate: FAST } });
    await app.ready();
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await t.clear();
    await withHistory(t.store.db).deleteFrom('org_changes').execute();
    token = await resetAdminToken(t.store);
    await ensureOrgTree(t.store);
  });

  const admin = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const unitAt = async (path: string) => (await readRecord<OrgUnitRecord>(t.store, 'orgUnits', orgUnitId(path)))?.record;
  const snapshot = async () => ({ records: await countRecords(t.store), changes: await countChanges(t.store), history: (await listHistory(t.store)).length });
  const importFile = (fileName: string, bytes: Uint8Array | string) => admin('POST', '/api/admin/org/import', { fileName, base64: Buffer.from(bytes).toString('base64') });

  it('seeds a new centre with the bundled tree once, and the public endpoint lists it', async () => {
    expect(await countRecords(t.store, 'orgUnits')).toBe(UNITS);
    const changes = await countChanges(t.store);
    expect(await ensureOrgTree(t.store)).toBe(0);
    expect(await countChanges(t.store)).toBe(changes);
    expect((await listHistory(t.store)).map((h) => [h.kind, h.units])).toEqual([['seed', UNITS]]);
    const open = await app.inject('/api/org/units');
    expect(open.statusCode).toBe(200);
    const body = open.json() as { units: OrgUnit[]; source: string };
    expect(body.source).toBe('centre');
    expect(body.units).toHaveLength(UNITS);
    expect(body.units.find((u) => u.path === TOWN)?.name).toBe('大桥镇');
    expect((await app.inject('/api/admin/org/units')).statusCode).toBe(401);
  });

  it('refuses an import with bad rows, names every one, and writes nothing', async () => {
    const csv = [
      '路径,名称,层级,电话,纬度,经度,状态',
      `${TOWN},大桥镇,镇,0573-83181234,30.71,120.86,在用`,
      `${TOWN}/V900,,村,,,,`, // row 3: no name
      `JX/NH/T99/V001,幽灵村,村,,,,`, // row 4: parent unknown
      `jx/nh,南湖区,县,,,,`, // row 5: not a path
      `${TOWN}/V901,新村,镇,,,,`, // row 6: level disagrees with the path
      `${TOWN}/V902,坐标村,村,,91,120,`, // row 7: latitude out of range
      `${TOWN},大桥镇,镇,abc,,,`, // row 8: the town again, and a bad phone
      `${TOWN}/V903,好村,村,,,,拆除`, // row 9: unknown status
    ].join('\r\n');
    const before = await snapshot();
    const res = await importFile('bad.csv', csv);
    expect(res.statusCode).toBe(400);
    const problems = (res.json() as { problems: { row: number; field: string }[] }).problems.map((p) => `${p.row}:${p.field}`);
    expect(problems).toEqual(['3:name', '4:parentPath', '5:path', '6:level', '7:lat', '8:phone', '8:path', '9:status']);
    expect(await snapshot()).toEqual(before);
    expect((await unitAt(TOWN))?.phone).toBeUndefined();
  });

  it('refuses a file with a wrong header and one that is not a spreadsheet', async () => {
    const before = await snapshot();
    const header = await importFile('x.csv', '编码,单位\nV1,一村\n');
    expect(header.statusCode).toBe(400);
    expect((header.json() as { problems: { row: number; field: string }[] }).problems.map((p) => `${p.row}:${p.field}`)).toEqual(['1:单位', '1:name', '1:path']);
    const xls = await importFile('old.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]));
    expect(xls.statusCode).toBe(400);
    expect(xls.json()).toMatchObject({ message: expect.stringMatching(/old \.xls/) });
    expect(await snapshot()).toEqual(before);
  });

  it('imports a good xlsx: adds a village, renames a town, sets its details; the same file again changes nothing', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('组织架构');
    ws.addRow(['编码', '上级', '名称（必填）', '层级', '区划代码', '地址', '电话', '联系人', '纬度', '经度']);
    ws.addRow(['T10', 'JX/NH', '大桥镇人民政府', '镇', '330402104', '大桥镇中心路1号', '0573-83181234', '王芳', 30.7102, 120.8621]);
    ws.addRow(['V950', TOWN, '江南新村', '村', '', '', '', '', '', '']);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await importFile('大桥镇.xlsx', bytes);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ report: { rows: 2, added: 1, changed: 1, unchanged: 0, dryRun: false } });
    expect(await unitAt(TOWN)).toMatchObject({ path: TOWN, name: '大桥镇人民政府', areaCode: '330402104', phone: '0573-83181234', contactPerson: '王芳', lat: 30.7102, lng: 120.8621, orgPath: 'JX' });
    expect(await unitAt(`${TOWN}/V950`)).toMatchObject({ name: '江南新村', level: 'village', parentPath: TOWN });
    const history = await listHistory(t.store, { path: TOWN });
    expect(history.map((h) => [h.kind, h.path, h.source?.row, h.who])).toEqual([
      ['add', `${TOWN}/V950`, 3, 'admin token'],
      ['rename', TOWN, 2, 'admin token'],
    ]);
    expect(history[1]?.before?.name).toBe('大桥镇');
    const again = await importFile('大桥镇.xlsx', bytes);
    expect(again.json()).toEqual({ report: { rows: 2, added: 0, changed: 0, unchanged: 2, dryRun: false } });
  });

  it('renames a town: the path stays and a village station under it receives the new name on its pull', async () => {
    const village = await TestStation.enrol(app, t.store, `${TOWN}/V001`);
    const first = await village.pullAll();
    // The whole tree comes down in the first tier of the snapshot.
    expect(first.changes.filter((c) => c.table === 'orgUnits')).toHaveLength(UNITS);
    expect(first.changes[0]?.table).toBe('orgUnits');
    const res = await admin('PATCH', `/api/admin/org/units/${enc(TOWN)}`, { name: '大桥镇（新区）' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ unit: { path: TOWN, name: '大桥镇（新区）', level: 'town' } });
    const after = await village.pullAll(first.cursor);
    const renamed = after.changes.filter((c) => c.table === 'orgUnits');
    expect(renamed).toHaveLength(1);
    expect(renamed[0]).toMatchObject({ recordId: orgUnitId(TOWN), orgPath: 'JX', fields: { path: TOWN, name: '大桥镇（新区）' } });
    expect(await countRecords(t.store, 'orgUnits')).toBe(UNITS);
    // The path is the identity: it cannot be edited.
    const moved = await admin('PATCH', `/api/admin/org/units/${enc(TOWN)}`, { path: 'JX/NH/T77', name: '', phone: 'x' });
    expect(moved.statusCode).toBe(400);
    expect((moved.json() as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual(['path', 'name', 'phone']);
    expect((await admin('PATCH', `/api/admin/org/units/${enc('JX/NH/T99')}`, { name: '无' })).statusCode).toBe(404);
  });

  it('retires a village: still listed and named, no longer enrolled for; a town in use below is not retired', async () => {
    const path = `${TOWN}/V002`;
    const busy = await admin('POST', `/api/admin/org/units/${enc(TOWN)}/retire`);
    expect(busy.statusCode).toBe(409);
    const res = await admin('POST', `/api/admin/org/units/${enc(path)}/retire`);
    expect(res.statusCode, res.body).toBe(200);
    const listed = (await app.inject('/api/org/units')).json() as { units: OrgUnit[] };
    expect(listed.units.find((u) => u.path === path)).toMatchObject({ retired: true, name: bundledOrgTree().find((u) => u.path === path)!.name });
    await expect(createEnrolmentCode(t.store, path)).rejects.toThrow(EnrolmentInputError);
    const code = await admin('POST', '/api/admin/codes', { orgPath: path });
    expect(code.statusCode).toBe(400);
    expect(code.json()).toMatchObject({ message: expect.stringMatching(/retired/) });
    // An unknown unit is refused as well.
    expect((await admin('POST', '/api/admin/codes', { orgPath: 'JX/NH/T99' })).statusCode).toBe(400);
    expect((await admin('POST', `/api/admin/org/units/${enc(path)}/restore`)).statusCode).toBe(200);
    expect((await admin('POST', '/api/admin/codes', { orgPath: path })).statusCode).toBe(200);
    expect((await listHistory(t.store, { path })).map((h) => h.kind)).toEqual(['restore', 'retire']);
  });

  it('adds a village and moves it, empty, to another town; a village holding devices or records stays', async () => {
    const added = await admin('POST', '/api/admin/org/units', { parentPath: TOWN, code: 'V960', name: '待迁村' });
    expect(added.statusCode, added.body).toBe(200);
    expect((await admin('POST', '/api/admin/org/units', { parentPath: TOWN, code: 'V960', name: '重复' })).statusCode).toBe(409);
    const town = await TestStation.enrol(app, t.store, OTHER_TOWN);
    const { cursor } = await town.pullAll();
    const res = await admin('POST', `/api/admin/org/units/${enc(`${TOWN}/V960`)}/move`, { toParentPath: OTHER_TOWN });
    expect(res.statusCode, res.body).toBe(200);
    const newPath = (res.json() as { unit: OrgUnit }).unit.path;
    expect(newPath).toMatch(new RegExp(`^${OTHER_TOWN}/V\\d{3}$`));
    expect(await unitAt(newPath)).toMatchObject({ name: '待迁村', parentPath: OTHER_TOWN });
    expect((await readRecord(t.store, 'orgUnits', orgUnitId(`${TOWN}/V960`)))?.deleted).toBe(true);
    const pulled = (await town.pullAll(cursor)).changes.filter((c) => c.table === 'orgUnits');
    expect(pulled.map((c) => [c.recordId, c.fields.deleted])).toEqual([[orgUnitId(`${TOWN}/V960`), true], [orgUnitId(newPath), false]]);
    expect((await listHistory(t.store, { path: newPath }))[0]).toMatchObject({ kind: 'move', before: { path: `${TOWN}/V960` }, after: { path: newPath } });

    // A village with an enrolled station, or with records, does not move: nothing changes.
    await TestStation.enrol(app, t.store, `${TOWN}/V003`);
    const units = await countRecords(t.store, 'orgUnits');
    const history = (await listHistory(t.store)).length;
    const withDevice = await admin('POST', `/api/admin/org/units/${enc(`${TOWN}/V003`)}/move`, { toParentPath: OTHER_TOWN });
    expect(withDevice.statusCode).toBe(409);
    expect(withDevice.json()).toMatchObject({ error: 'conflict', message: expect.stringMatching(/1 enrolled device/) });
    const station = await TestStation.enrol(app, t.store, TOWN);
    await station.pushOk([station.mutation('residents', 'r-v4', { name: '老人' }, { create: true, orgPath: `${TOWN}/V004` })]);
    const withRecords = await admin('POST', `/api/admin/org/units/${enc(`${TOWN}/V004`)}/move`, { toParentPath: OTHER_TOWN });
    expect(withRecords.statusCode).toBe(409);
    expect(withRecords.json()).toMatchObject({ message: expect.stringMatching(/1 record/) });
    expect((await admin('POST', `/api/admin/org/units/${enc(TOWN)}/move`, { toParentPath: 'JX/XZ' })).statusCode).toBe(400);
    expect((await admin('POST', `/api/admin/org/units/${enc(`${TOWN}/V005`)}/move`, { toParentPath: 'JX/NH' })).statusCode).toBe(400);
    expect(await countRecords(t.store, 'orgUnits')).toBe(units);
    expect(await unitAt(`${TOWN}/V003`)).toMatchObject({ parentPath: TOWN, deleted: false });
    expect((await listHistory(t.store)).length).toBe(history);
  });

  it('refuses every station’s push to orgUnits, the city’s own included, per mutation', async () => {
    const city = await TestStation.enrol(app, t.store, 'JX');
    const village = await TestStation.enrol(app, t.store, `${TOWN}/V001`);
    const before = await countChanges(t.store);
    const fromCity = await city.pushOk([
      city.mutation('orgUnits', orgUnitId(TOWN), { name: '篡改镇' }, { orgPath: 'JX' }),
      city.mutation('orgUnits', orgUnitId('JX/NH/T50'), { path: 'JX/NH/T50', name: '新镇', level: 'town', parentPath: 'JX/NH' }, { create: true, orgPath: 'JX' }),
      city.mutation('residents', 'r-city', { name: '居民' }, { create: true, orgPath: 'JX' }),
    ]);
    expect(fromCity.rejected.map((r) => [r.seq, r.code])).toEqual([[1, 'readOnly'], [2, 'readOnly']]);
    expect(fromCity.rejected[0]?.message).toMatch(/kept by the city centre/);
    const fromVillage = await village.pushOk([village.mutation('orgUnits', orgUnitId(TOWN), { name: '篡改镇' }, { orgPath: 'JX' })]);
    expect(fromVillage.rejected.map((r) => r.code)).toEqual(['readOnly']);
    expect((await unitAt(TOWN))?.name).toBe('大桥镇');
    expect(await readRecord(t.store, 'orgUnits', orgUnitId('JX/NH/T50'))).toBeUndefined();
    // Only the resident was written.
    expect(await countChanges(t.store)).toBe(before + 1);
  });
});
