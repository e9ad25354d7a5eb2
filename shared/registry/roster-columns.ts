/**
 * 花名册 the volunteer roster as a spreadsheet: the columns of our template (Chinese headers,
 * in this order), the other names rosters from other systems give the same column, and the
 * mapping from a file's headers to our fields that the clerk confirms before anything is read.
 */

/** The fields a roster row may fill. */
export type RosterField =
  | 'name' | 'idNumber' | 'mobile' | 'gender' | 'birthDate' | 'politicalStatus' | 'partyBranch'
  | 'professionalField' | 'skills' | 'servicePoint' | 'availability' | 'volunteerNo';

export interface RosterColumn {
  field: RosterField;
  /** Header in our template. */
  header: string;
  required: boolean;
  /** Other headers meaning the same column, compared after `headerKey`. */
  aliases: string[];
  /** Example value written in the template's second row. */
  example: string;
  width: number;
}

export const ROSTER_COLUMNS: readonly RosterColumn[] = [
  { field: 'name', header: '姓名', required: true, aliases: ['志愿者姓名', '名字', '人员姓名'], example: '李建国', width: 10 },
  { field: 'idNumber', header: '身份证号', required: true, aliases: ['身份证号码', '公民身份号码', '证件号码', '身份证'], example: '11010519491231002X', width: 22 },
  { field: 'mobile', header: '手机号', required: true, aliases: ['手机号码', '手机', '联系电话', '电话', '联系方式'], example: '13905731234', width: 14 },
  { field: 'gender', header: '性别', required: false, aliases: [], example: '女', width: 6 },
  { field: 'birthDate', header: '出生日期', required: false, aliases: ['出生年月', '生日'], example: '1949-12-31', width: 12 },
  { field: 'politicalStatus', header: '政治面貌', required: true, aliases: ['政治身份'], example: '中共党员', width: 10 },
  { field: 'partyBranch', header: '所在党支部', required: false, aliases: ['党支部', '所在支部', '党组织'], example: '东星村党支部', width: 18 },
  { field: 'professionalField', header: '专业领域', required: false, aliases: ['专业', '行业'], example: '医疗', width: 10 },
  { field: 'skills', header: '专业技能', required: false, aliases: ['技能', '特长', '服务技能'], example: '护理、急救', width: 18 },
  { field: 'servicePoint', header: '所属服务点', required: false, aliases: ['服务点', '所属村社区', '村(社区)', '所在村社区'], example: '', width: 16 },
  { field: 'availability', header: '可服务时间', required: false, aliases: ['服务时间', '空闲时间'], example: '周末', width: 12 },
  { field: 'volunteerNo', header: '志愿者编号', required: false, aliases: ['志愿者统一编号', '统一编号'], example: '', width: 18 },
];

/** Headers compare without spaces, brackets of either width, or an asterisk marking required. */
export function headerKey(header: string): string {
  return header.replace(/[\s*＊()（）:：]/g, '').toLowerCase();
}

const BY_KEY = new Map<string, RosterField>();
for (const c of ROSTER_COLUMNS) for (const h of [c.header, ...c.aliases, c.field]) BY_KEY.set(headerKey(h), c.field);

/** For each column of the file (by index), the field it fills, or null when it is ignored. */
export type ColumnMapping = (RosterField | null)[];

/** A first guess from the file's headers; a field is taken by its first matching column only. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<RosterField>();
  return headers.map((h) => {
    const field = BY_KEY.get(headerKey(h));
    if (!field || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

export type MappingProblem = { code: 'missingRequired'; field: RosterField } | { code: 'mappedTwice'; field: RosterField };

/** What stops the clerk from going on: a required field with no column, or one field given twice. */
export function checkMapping(mapping: ColumnMapping): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const seen = new Set<RosterField>();
  for (const f of mapping) {
    if (!f) continue;
    if (seen.has(f)) problems.push({ code: 'mappedTwice', field: f });
    seen.add(f);
  }
  for (const c of ROSTER_COLUMNS) if (c.required && !seen.has(c.field)) problems.push({ code: 'missingRequired', field: c.field });
  return problems;
}

export function rosterColumn(field: RosterField): RosterColumn {
  return ROSTER_COLUMNS.find((c) => c.field === field) as RosterColumn;
}
