/**
 * 居民身份证号码 resident ID numbers (GB 11643-1999): 6-digit area code, 8-digit birth date,
 * 3-digit sequence (odd = male), check character. The one place this rule lives: forms,
 * importers, the centre and the demo generator all call it.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

export type ResidentIdProblem = 'length' | 'characters' | 'birthDate' | 'checkCharacter';
export type ResidentIdCheck =
  | { ok: true; value: string; birthDate: string; gender: 'male' | 'female'; areaCode: string }
  | { ok: false; problem: ResidentIdProblem };

/** The check character for the first 17 digits. */
export function residentIdCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('residentIdCheckChar needs exactly 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * (WEIGHTS[i] as number);
  return CHECK_CHARS[sum % 11] as string;
}

/** Spaces people type or paste are dropped and a lower-case x is accepted as X. */
export function normaliseResidentId(s: string): string {
  return s.replace(/\s+/g, '').toUpperCase();
}

function localDateKey(d: Date): string {
  return `${d.getFullYear()}${String(d.getMonth() + 1).padStart(2, '0')}${String(d.getDate()).padStart(2, '0')}`;
}

function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Checks an ID number. The birth date must be a real calendar date, not after `today`
 * (default: now, in local time) and not before 1800.
 */
export function checkResidentId(s: string, today: Date = new Date()): ResidentIdCheck {
  const value = normaliseResidentId(s);
  if (value.length !== 18) return { ok: false, problem: 'length' };
  if (!/^\d{17}[\dX]$/.test(value)) return { ok: false, problem: 'characters' };
  const ymd = value.slice(6, 14);
  const y = Number(ymd.slice(0, 4));
  const m = Number(ymd.slice(4, 6));
  const d = Number(ymd.slice(6, 8));
  if (y < 1800 || !isCalendarDate(y, m, d) || ymd > localDateKey(today)) return { ok: false, problem: 'birthDate' };
  if (residentIdCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, problem: 'checkCharacter' };
  return {
    ok: true,
    value,
    birthDate: `${ymd.slice(0, 4)}-${ymd.slice(4, 6)}-${ymd.slice(6, 8)}`,
    gender: Number(value[16]) % 2 === 1 ? 'male' : 'female',
    areaCode: value.slice(0, 6),
  };
}

/** Masked for display (PIPL): `3304**********1234`. Short or odd input is masked whole. */
export function maskResidentId(s: string): string {
  const v = normaliseResidentId(s);
  if (v.length <= 8) return '*'.repeat(v.length);
  return v.slice(0, 4) + '*'.repeat(v.length - 8) + v.slice(-4);
}
