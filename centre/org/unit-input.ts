/**
 * What an org unit's fields may hold, checked the same way for the admin API and every row of
 * an import: each problem names its field, so a refusal can list them all.
 */
import type { OrgLevel, OrgUnit } from '../../shared/domain/entities';

/** A path segment: the unit's code (T01, V001; the city's is JX). */
export const UNIT_CODE = /^[A-Z0-9]{1,8}$/;
/** GB/T 2260 area codes have 6 digits; the statistical codes of towns and villages extend them to 9 and 12. */
const AREA_CODE = /^\d{6}(\d{3}(\d{3})?)?$/;
const PHONE = /^[0-9+\-() ]{5,30}$/;
export const MAX_NAME = 40;

export interface UnitProblem {
  field: string;
  message: string;
}

/** The editable fields of a unit other than its place in the tree; `null` clears a field. */
export interface UnitDetails {
  name?: string;
  areaCode?: string | null;
  address?: string | null;
  phone?: string | null;
  contactPerson?: string | null;
  lat?: number | null;
  lng?: number | null;
}

type DetailField = 'name' | 'areaCode' | 'address' | 'phone' | 'contactPerson' | 'lat' | 'lng';

/** Problems of one set of details; the cleaned values (trimmed, empty → cleared) when there are none. */
export function checkDetails(input: Record<string, unknown>, opts: { nameRequired: boolean }): { details: UnitDetails; problems: UnitProblem[] } {
  const problems: UnitProblem[] = [];
  const details: UnitDetails = {};
  const text = (field: DetailField, max: number): string | null | undefined => {
    const v = input[field];
    if (v === undefined) return undefined;
    if (v === null) return null;
    if (typeof v !== 'string') {
      problems.push({ field, message: 'expected text' });
      return undefined;
    }
    const t = v.trim();
    if (t.length > max) problems.push({ field, message: `longer than ${max} characters` });
    return t === '' ? null : t;
  };
  const name = text('name', MAX_NAME);
  if (name === null || (name === undefined && opts.nameRequired)) problems.push({ field: 'name', message: '名称不能为空 (a name is required)' });
  else if (name !== undefined) details.name = name;

  const areaCode = text('areaCode', 12);
  if (typeof areaCode === 'string' && !AREA_CODE.test(areaCode)) problems.push({ field: 'areaCode', message: `${areaCode} is not a GB/T 2260 area code (6 digits; 9 or 12 for a town or village)` });
  else if (areaCode !== undefined) details.areaCode = areaCode;
  const address = text('address', 200);
  if (address !== undefined) details.address = address;
  const phone = text('phone', 30);
  if (typeof phone === 'string' && !PHONE.test(phone)) problems.push({ field: 'phone', message: `${phone} is not a phone number` });
  else if (phone !== undefined) details.phone = phone;
  const contact = text('contactPerson', MAX_NAME);
  if (contact !== undefined) details.contactPerson = contact;

  for (const [field, limit] of [['lat', 90], ['lng', 180]] as const) {
    const v = input[field];
    if (v === undefined) continue;
    if (v === null || v === '') details[field] = null;
    else {
      const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v.trim()) : Number.NaN;
      if (!Number.isFinite(n) || Math.abs(n) > limit) problems.push({ field, message: `${JSON.stringify(v)} is not a ${field === 'lat' ? 'latitude' : 'longitude'} (−${limit} to ${limit} degrees)` });
      else details[field] = n;
    }
  }
  if (problems.length === 0) {
    const hasLat = details.lat !== undefined && details.lat !== null;
    const hasLng = details.lng !== undefined && details.lng !== null;
    if ((details.lat !== undefined || details.lng !== undefined) && hasLat !== hasLng) problems.push({ field: hasLat ? 'lng' : 'lat', message: 'a location needs both latitude and longitude' });
  }
  return { details, problems };
}

/** The unit with the details applied: a cleared field is left out. */
export function withDetails(unit: OrgUnit, details: UnitDetails): OrgUnit {
  const out: Record<string, unknown> = { ...unit };
  for (const [k, v] of Object.entries(details)) {
    if (v === null) delete out[k];
    else if (v !== undefined) out[k] = v;
  }
  return out as unknown as OrgUnit;
}

/** The level names an import may give (English, or the Chinese words for the level). */
const LEVEL_WORDS: Record<string, OrgLevel> = {
  city: 'city', county: 'county', town: 'town', village: 'village',
  市: 'city', 市级: 'city', 县: 'county', 区: 'county', 县区: 'county', 县级: 'county', 县市区: 'county',
  镇: 'town', 乡: 'town', 街道: 'town', 镇街: 'town', 镇级: 'town', 乡镇: 'town',
  村: 'village', 社区: 'village', 村社区: 'village', 村级: 'village', 村社: 'village',
};

export function levelWord(word: string): OrgLevel | undefined {
  return LEVEL_WORDS[word.trim().toLowerCase()] ?? LEVEL_WORDS[word.trim()];
}
