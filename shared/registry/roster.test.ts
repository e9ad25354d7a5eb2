import { describe, expect, it } from 'vitest';
import { checkMapping, guessMapping, ROSTER_COLUMNS } from './roster-columns';
import { checkRoster, type RosterContext, type RosterRow } from './roster-check';
import { parseDate, parsePolitical, parseSkills } from './cell-values';

const headers = ROSTER_COLUMNS.map((c) => c.header);
const ctx: RosterContext = {
  headers,
  mapping: guessMapping(headers),
  defaultServicePoint: 'JX/NH/T01/V001',
  lookupServicePoint: (t) => (t === '东星村' ? { path: 'JX/NH/T01/V002' } : t === '新村' ? { problem: 'ambiguousServicePoint' } : { problem: 'unknownServicePoint' }),
  today: new Date('2026-06-01T00:00:00Z'),
};

/** A row in template order; `over` replaces cells by header. */
function row(n: number, over: Record<string, string | number | null> = {}): RosterRow {
  const base: Record<string, string | number | null> = {
    姓名: '李建国', 身份证号: '11010519491231002X', 手机号: '13905731234', 性别: '女', 出生日期: '1949-12-31', 政治面貌: '中共党员',
    所在党支部: '东星村党支部', 专业领域: '医疗', 专业技能: '护理、急救', 所属服务点: '', 可服务时间: '周末', 志愿者编号: '',
  };
  return { row: n, cells: headers.map((h) => (h in over ? over[h]! : base[h]!)) };
}

describe('roster columns', () => {
  it('maps other systems’ headers to our fields and refuses a mapping without the required ones', () => {
    const mapping = guessMapping(['序号', '志愿者姓名', '公民身份号码', '联系电话', '政治面貌 *', '身份证号']);
    expect(mapping).toEqual([null, 'name', 'idNumber', 'mobile', 'politicalStatus', null]);
    expect(checkMapping(mapping)).toEqual([]);
    expect(checkMapping([null, 'name', 'name'])).toEqual([
      { code: 'mappedTwice', field: 'name' },
      { code: 'missingRequired', field: 'idNumber' },
      { code: 'missingRequired', field: 'mobile' },
      { code: 'missingRequired', field: 'politicalStatus' },
    ]);
  });

  it('reads cell values the ways people write them', () => {
    expect(parseDate('1949/12/31')).toBe('1949-12-31');
    expect(parseDate('1949年1月2日')).toBe('1949-01-02');
    expect(parseDate('19490229')).toBeUndefined();
    expect(parsePolitical('中共预备党员')).toBe('partyMember');
    expect(parsePolitical('民主党派')).toBeUndefined();
    expect(parseSkills('护理, first-aid；护理 唱歌')).toEqual({ codes: ['nursing', 'first-aid'], unknown: ['唱歌'] });
  });
});

describe('checkRoster', () => {
  it('accepts good rows, deriving gender and birth date, and skips blank rows', () => {
    const blank: RosterRow = { row: 4, cells: headers.map(() => null) };
    const result = checkRoster([row(2), row(3, { 身份证号: '440524188001010014', 性别: '', 出生日期: '', 所属服务点: '东星村' }), blank], ctx);
    expect(result.problems).toEqual([]);
    expect(result.total).toBe(2);
    expect(result.valid.map((v) => [v.row, v.value.gender, v.value.birthDate, v.value.servicePoint])).toEqual([
      [2, 'female', '1949-12-31', 'JX/NH/T01/V001'],
      [3, 'male', '1880-01-01', 'JX/NH/T01/V002'],
    ]);
    expect(result.valid[0]?.value.skills).toEqual(['nursing', 'first-aid']);
  });

  it('names every bad row by row number, column header and what is wrong', () => {
    const result = checkRoster([
      row(2, { 身份证号: '110105194912310021' }),
      row(3, { 手机号: '1390573123', 政治面貌: '民主党派' }),
      row(4, { 性别: '男' }),
      row(5, { 身份证号: 110105194912310020 }),
      row(6, { 所属服务点: '新村', 专业技能: '唱歌' }),
      row(7, { 出生日期: '1949-13-01', 姓名: '' }),
      row(8),
    ], ctx);
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, '身份证号', 'idNumber.checkCharacter'],
      [3, '政治面貌', 'politicalStatus'],
      [3, '手机号', 'mobile'],
      [4, '性别', 'genderMismatch'],
      [5, '身份证号', 'idNumberAsNumber'],
      [6, '专业技能', 'unknownSkill'],
      [6, '所属服务点', 'ambiguousServicePoint'],
      [7, '出生日期', 'date'],
      [7, '姓名', 'required'],
    ]);
    expect(result.badRows).toBe(6);
    expect(result.valid.map((v) => v.row)).toEqual([8]);
  });

  it('reports both rows of an ID number given twice, and merges nothing', () => {
    const result = checkRoster([row(2), row(3, { 身份证号: '440524188001010014', 性别: '', 出生日期: '' }), row(4, { 姓名: '李国' })], ctx);
    expect(result.problems).toEqual([
      { row: 2, column: '身份证号', field: 'idNumber', code: 'duplicateInFile', params: { other: 4 } },
      { row: 4, column: '身份证号', field: 'idNumber', code: 'duplicateInFile', params: { other: 2 } },
    ]);
    expect(result.valid.map((v) => v.row)).toEqual([3]);
  });

  it('uses the file’s own headers in the report when the roster has other headers', () => {
    const own = ['志愿者姓名', '公民身份号码', '联系电话', '政治面貌'];
    const result = checkRoster([{ row: 5, cells: ['王芳', '11010519491231002X', '12345', '群众'] }], { ...ctx, headers: own, mapping: guessMapping(own) });
    expect(result.problems).toEqual([{ row: 5, column: '联系电话', field: 'mobile', code: 'mobile' }]);
  });

  it('needs a service point when the station is not a village', () => {
    const result = checkRoster([row(2)], { ...ctx, defaultServicePoint: undefined });
    expect(result.problems.map((p) => [p.column, p.code])).toEqual([['所属服务点', 'required']]);
  });
});
