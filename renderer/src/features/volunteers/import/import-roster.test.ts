import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db';
import { guessMapping } from '../../../../../shared/registry/roster-columns';
import type { RosterContext } from '../../../../../shared/registry/roster-check';
import { readRoster, RosterFileError, type RosterFile } from '../excel/read-roster';
import { registerVolunteer } from '../commands';
import { ImportCancelled, ImportConflict, planImport, RosterHasBadRows, writeImport, WRITE_SLICE } from './import-roster';
import { servicePointLookup } from './service-points';
import { CURSOR_KEY } from '../../../sync/local-state';
import { demoRosterRows, rosterXlsx } from './roster-fixture';

const actor = { operatorId: 'op-1' };
const station = 'JX/NH';

function context(file: RosterFile): RosterContext {
  return { headers: file.headers, mapping: guessMapping(file.headers), lookupServicePoint: servicePointLookup(station) };
}

async function counts() {
  return { volunteers: await db.synced('volunteers').count(), outbox: await db.outbox.count() };
}

beforeEach(async () => {
  await Promise.all([db.synced('volunteers').clear(), db.outbox.clear(), db.meta.clear()]);
});

describe('roster import', () => {
  it('with three bad rows among 10,000 writes nothing and reports exactly those three', async () => {
    const rows = demoRosterRows(10_000, (cells, i) => {
      if (i === 17) cells[1] = `${cells[1]!.slice(0, 17)}${cells[1]!.endsWith('1') ? '2' : '1'}`;
      if (i === 4_321) cells[2] = '1234';
      if (i === 9_998) cells[5] = '无';
    });
    const file = await readRoster(await rosterXlsx(rows));
    const plan = await planImport(file, context(file));
    expect(plan.total).toBe(10_000);
    expect(plan.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [19, '身份证号', 'idNumber.checkCharacter'],
      [4_323, '手机号', 'mobile'],
      [10_000, '政治面貌', 'politicalStatus'],
    ]);
    await expect(writeImport(plan, { actor, orgPath: station })).rejects.toBeInstanceOf(RosterHasBadRows);
    expect(await counts()).toEqual({ volunteers: 0, outbox: 0 });
  }, 60_000);

  it('imports only the valid rows when the clerk chooses so, one outbox row per slice', async () => {
    const rows = demoRosterRows(2_500, (cells, i) => {
      if (i === 7) cells[2] = '1234';
    });
    const file = await readRoster(await rosterXlsx(rows));
    const plan = await planImport(file, context(file));
    expect(await writeImport(plan, { actor, orgPath: station, onlyValid: true })).toBe(2_499);
    expect(await counts()).toEqual({ volunteers: 2_499, outbox: Math.ceil(2_499 / WRITE_SLICE) });
    const sample = await db.synced('volunteers').where('idNumber').equals(rows[0]![1]!).first();
    expect(sample).toMatchObject({ orgPath: station, name: rows[0]![0], status: 'active', updatedBy: 'op-1' });
    expect(sample?.volunteerNo).toMatch(/^LX\d{4}/);
  }, 60_000);

  it('reports ID numbers already registered, naming the volunteer, and merges nothing', async () => {
    const rows = demoRosterRows(3);
    const [name, idNumber, mobile] = rows[1]!;
    const existing = await registerVolunteer(actor, station, { name: '早登记', idNumber: idNumber!, mobile: mobile!, politicalStatus: 'masses', servicePoint: 'JX/NH/T01/V001' });
    const file = await readRoster(await rosterXlsx([...rows, [...rows[2]!]]));
    const plan = await planImport(file, context(file));
    expect(plan.problems).toEqual([
      { row: 3, column: '身份证号', field: 'idNumber', code: 'idNumberTaken', params: { name: '早登记', number: existing.volunteerNo } },
      { row: 4, column: '身份证号', field: 'idNumber', code: 'duplicateInFile', params: { other: 5 } },
      { row: 5, column: '身份证号', field: 'idNumber', code: 'duplicateInFile', params: { other: 4 } },
    ]);
    expect(name).not.toBe('早登记');
    expect(plan.valid.map((r) => r.row)).toEqual([2]);
  });

  it('refuses to write when an ID number was registered after the check — here or by a pull — and writes nothing', async () => {
    const rows = demoRosterRows(3);
    const file = await readRoster(await rosterXlsx(rows));
    // Registered at this station (another window) between the check and the write.
    const plan = await planImport(file, context(file));
    await registerVolunteer(actor, station, { name: '另一窗口', idNumber: rows[1]![1]!, mobile: rows[1]![2]!, politicalStatus: 'masses', servicePoint: 'JX/NH/T01/V001' });
    const before = await counts();
    const conflict = await writeImport(plan, { actor, orgPath: station }).catch((e: unknown) => e);
    expect(conflict).toBeInstanceOf(ImportConflict);
    expect((conflict as ImportConflict).problems.map((p) => [p.field, p.code])).toEqual([['idNumber', 'idNumberTaken']]);
    expect(await counts()).toEqual(before);
    // Brought by a sync pull: the record and the new cursor arrive in one transaction, no local write.
    await Promise.all([db.synced('volunteers').clear(), db.outbox.clear(), db.meta.clear()]);
    const again = await planImport(file, context(file));
    const pulled = await db.synced('volunteers').where('idNumber').equals(rows[1]![1]!).count();
    expect(pulled).toBe(0);
    await db.transaction('rw', [db.synced('volunteers'), db.meta], async () => {
      await db.synced('volunteers').put({ id: 'pulled-1', orgPath: 'JX/NH/T01', volunteerNo: 'LX-PULLED', name: '镇里登记', namePinyin: '', nameInitials: '', idNumber: rows[1]![1]!, mobile: rows[1]![2]!, gender: 'male', birthDate: '1970-01-01', politicalStatus: 'masses', skills: [], teamIds: [], servicePoint: 'JX/NH/T01/V001', status: 'active', totalHours: 0, createdAt: '2026-11-01T00:00:00.000Z', updatedAt: '2026-11-01T00:00:00.000Z', updatedBy: 'town', _hlc: '1' } as never);
      await db.meta.put({ key: CURSOR_KEY, value: 'cursor-after-pull' });
    });
    await expect(writeImport(again, { actor, orgPath: station })).rejects.toBeInstanceOf(ImportConflict);
    expect(await counts()).toEqual({ volunteers: 1, outbox: 0 });
  });

  it('leaves the database as it was when the clerk cancels half way through writing', async () => {
    const rows = demoRosterRows(2_500);
    const file = await readRoster(await rosterXlsx(rows));
    const plan = await planImport(file, context(file));
    const abort = new AbortController();
    const phases: number[] = [];
    const writing = writeImport(plan, { actor, orgPath: station, signal: abort.signal, onProgress: (p) => { phases.push(p.done); abort.abort(); } });
    await expect(writing).rejects.toBeInstanceOf(ImportCancelled);
    expect(phases).toEqual([WRITE_SLICE]);
    expect(await counts()).toEqual({ volunteers: 0, outbox: 0 });
    // The sequence counter did not move either: the next write is mutation 1.
    await writeImport(plan, { actor, orgPath: station });
    const first = await db.outbox.orderBy('seq').first();
    expect(first?.seq).toBe(1);
  }, 60_000);

  it('maps a roster with other headers and resolves service points by name', async () => {
    const headers = ['序号', '志愿者姓名', '公民身份号码', '联系电话', '政治面貌', '服务点'];
    const bytes = await rosterXlsx([[1, '王芳', '11010519491231002X', '13905731234', '群众', '南湖区/新嘉街道/JX/NH/T01/V001']], headers);
    const file = await readRoster(bytes);
    expect(file.headers).toEqual(headers);
    const plan = await planImport(file, context(file));
    expect(plan.problems.map((p) => [p.column, p.code])).toEqual([['服务点', 'unknownServicePoint']]);
    const fixed = await readRoster(await rosterXlsx([[1, '王芳', '11010519491231002X', '13905731234', '群众', 'JX/NH/T01/V001']], headers));
    expect((await planImport(fixed, context(fixed))).valid[0]?.value.servicePoint).toBe('JX/NH/T01/V001');
    const outside = await readRoster(await rosterXlsx([[1, '王芳', '11010519491231002X', '13905731234', '群众', 'JX/XZ/T01/V001']], headers));
    expect((await planImport(outside, context(outside))).problems[0]?.code).toBe('outsideStation');
  });
});

describe('files that are not rosters', () => {
  const junk = (n: number) => {
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) bytes[i] = (i * 2_654_435_761) >>> 24;
    return bytes;
  };
  const fails = (bytes: Uint8Array) => readRoster(bytes).then(() => 'read', (e: unknown) => (e instanceof RosterFileError ? e.code : String(e)));

  it('refuses empty, junk, oversized, old-format and damaged files with a reason', async () => {
    expect(await fails(new Uint8Array())).toBe('empty');
    expect(await fails(junk(50 * 1024 * 1024))).toBe('tooLarge');
    expect(await fails(junk(5 * 1024 * 1024))).toBe('notSpreadsheet');
    expect(await fails(new TextEncoder().encode('姓名,身份证号\n李建国,11010519491231002X'))).toBe('notSpreadsheet');
    expect(await fails(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toBe('oldXls');
    const real = await rosterXlsx(demoRosterRows(5));
    expect(await fails(real.slice(0, Math.floor(real.length / 2)))).toBe('damaged');
    const zipOfJunk = junk(4096);
    zipOfJunk.set([0x50, 0x4b, 0x03, 0x04]);
    expect(await fails(zipOfJunk)).toBe('damaged');
    expect(await fails(await rosterXlsx([]))).toBe('noRows');
  });
});
