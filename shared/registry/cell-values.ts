/**
 * Reading what people type into roster cells: political status, gender and dates written the
 * many ways Chinese office spreadsheets write them, and skills given by name or code.
 */
import type { Gender, PoliticalStatus } from '../domain/entities';
import { SKILLS } from '../catalogue/skills';

/** A cell as the reader hands it over: text, a number, or nothing. Dates arrive as `YYYY-MM-DD`. */
export type RosterCell = string | number | null;

export function cellText(cell: RosterCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return String(cell).trim();
}

const POLITICAL: Record<string, PoliticalStatus> = {
  中共党员: 'partyMember', 党员: 'partyMember', 中共预备党员: 'partyMember', 预备党员: 'partyMember', partymember: 'partyMember',
  共青团员: 'leagueMember', 团员: 'leagueMember', leaguemember: 'leagueMember',
  群众: 'masses', masses: 'masses',
};

export function parsePolitical(text: string): PoliticalStatus | undefined {
  return POLITICAL[text.replace(/\s/g, '').toLowerCase()];
}

const GENDER: Record<string, Gender> = { 男: 'male', 女: 'female', male: 'male', female: 'female', m: 'male', f: 'female' };

export function parseGender(text: string): Gender | undefined {
  return GENDER[text.toLowerCase()];
}

/** `1949-12-31`, `1949/12/31`, `1949.12.31`, `19491231`, `1949年12月31日` → `1949-12-31`; else undefined. */
export function parseDate(text: string): string | undefined {
  const m = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/.exec(text.trim());
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2] ?? m[4]);
  const d = Number(m[3] ?? m[5]);
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const SKILL_BY_TEXT = new Map<string, string>();
for (const s of SKILLS) {
  SKILL_BY_TEXT.set(s.name, s.code);
  SKILL_BY_TEXT.set(s.code, s.code);
}

/** Skills separated by 、 , ， ; ； / or spaces; returns the codes and any words not in the taxonomy. */
export function parseSkills(text: string): { codes: string[]; unknown: string[] } {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const word of text.split(/[、,，;；/\s]+/).filter(Boolean)) {
    const code = SKILL_BY_TEXT.get(word) ?? SKILL_BY_TEXT.get(word.toLowerCase());
    if (!code) unknown.push(word);
    else if (!codes.includes(code)) codes.push(code);
  }
  return { codes, unknown };
}

export function skillName(code: string): string {
  return SKILLS.find((s) => s.code === code)?.name ?? code;
}
