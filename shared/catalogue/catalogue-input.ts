/**
 * What the city centre may set when it edits the catalogue and the work calendar: checked here,
 * once, for the centre's admin API (and any station screen that shows the same form). Every
 * problem names its field.
 */
import { z } from 'zod';
import { SKILL_CODES } from './skills';

export const ITEM_CODE = /^C[1-9]-\d{2,3}$/;
const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isRealDate = (d: string) => ISO_DATE.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;

export const ServiceItemInput = z.object({
  code: z.string().regex(ITEM_CODE, '编号应为类别加序号,如 C1-02 (code like C1-02)'),
  categoryCode: z.string().regex(/^C[1-9]$/, '类别编号如 C1 (category like C1)'),
  name: z.string().trim().min(1, '名称必填 (name required)').max(40),
  keywords: z.array(z.string().trim().min(1).max(20)).max(20),
  defaultType: z.enum(['consultation', 'help', 'complaint', 'suggestion']),
  timeLimitTier: z.enum(['sameDay', 'threeDays', 'sevenDays', 'thirteenDays']),
  kind: z.enum(['volunteer', 'provider']),
  skills: z.array(z.string().refine((s) => SKILL_CODES.has(s), { message: '不在技能目录中 (not a known skill)' })).max(10),
  /** A retired item stays readable on old requests and is no longer offered at intake. */
  retired: z.boolean().default(false),
}).strict().refine((i) => i.code.startsWith(`${i.categoryCode}-`), {
  path: ['code'],
  message: '编号须以所属类别开头 (code must start with its category)',
  // Checked alongside the other fields' problems, whenever both codes are themselves well formed.
  when: ({ value }) => {
    const v = value as { code?: unknown; categoryCode?: unknown };
    return typeof v.code === 'string' && ITEM_CODE.test(v.code) && typeof v.categoryCode === 'string' && /^C[1-9]$/.test(v.categoryCode);
  },
});
export type ServiceItemInput = z.infer<typeof ServiceItemInput>;

const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const dates = z.array(z.string().refine(isRealDate, { message: '日期应为 YYYY-MM-DD (date as YYYY-MM-DD)' })).max(400);

export const WorkCalendarInput = z.object({
  utcOffsetMinutes: z.number().int().min(-720).max(840),
  periods: z.array(z.object({ start: z.string().regex(HH_MM), end: z.string().regex(HH_MM) }).strict()).min(1).max(6)
    .refine((ps) => ps.every((p, i) => minutes(p.start) < minutes(p.end) && (i === 0 || minutes(ps[i - 1]!.end) <= minutes(p.start))), {
      message: '工作时段须按时间先后排列且不重叠 (periods must be in order and not overlap)',
    }),
  weekend: z.array(z.number().int().min(0).max(6)).max(6),
  holidays: dates,
  workdays: dates,
}).strict().refine((c) => !c.holidays.some((d) => c.workdays.includes(d)), { path: ['workdays'], message: '同一天不能既是假日又是调休上班日 (a day cannot be both a holiday and a workday)' });
export type WorkCalendarInput = z.infer<typeof WorkCalendarInput>;

/** Every problem of a parse, as `field: message`. */
export function inputProblems(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`);
}
