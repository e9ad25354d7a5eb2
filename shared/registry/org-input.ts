/**
 * Input rules for the registry's other records — 服务队 teams, 工作室 studios, 加盟企业 affiliated
 * enterprises and 一技之长服务者 individual providers — one function each, used by the forms
 * and later the centre. Problems are field codes, like the volunteer rule.
 */
import type { Enterprise, OrgLevel, Provider, Studio, Team } from '../domain/entities';
import { checkCreditCode } from '../validation/credit-code';
import { isValidMobile, normaliseMobile } from '../validation/mobile';
import { SKILL_CODES } from '../catalogue/skills';
import { catalogueItem } from '../catalogue/catalogue';
import { levelOf, type OrgPath } from '../org/org-path';
import { parseDate } from './cell-values';

export interface Problem<F extends string = string> {
  field: F;
  code: string;
}
export type Checked<T, F extends string> = { ok: true; value: T } | { ok: false; problems: Problem<F>[] };

export const TEAM_TYPES: readonly Team['type'][] = ['health', 'legal', 'financial', 'life', 'care', 'emergency', 'other'];

function text(value: unknown, field: string, problems: Problem[], { required = false, max = 60 } = {}): string | undefined {
  const s = typeof value === 'string' ? value.trim() : '';
  if (!s) {
    if (required) problems.push({ field, code: 'required' });
    return undefined;
  }
  if (s.length > max) problems.push({ field, code: 'tooLong' });
  return s;
}

function pastDate(value: unknown, field: string, problems: Problem[], today: Date): string | undefined {
  const d = typeof value === 'string' ? parseDate(value) : undefined;
  if (!d) problems.push({ field, code: value ? 'date' : 'required' });
  else if (d > today.toISOString().slice(0, 10)) problems.push({ field, code: 'futureDate' });
  return d;
}

function ids(values: unknown, field: string, problems: Problem[], known: (s: string) => boolean, code: string): string[] {
  const list = Array.isArray(values) ? [...new Set(values.filter((v): v is string => typeof v === 'string'))] : [];
  if (list.some((v) => !known(v))) problems.push({ field, code });
  return list;
}

/** 0 or more whole complaints; satisfaction a share 0–1 or absent. */
function counters(input: { complaints?: unknown; satisfactionRate?: unknown }, problems: Problem[]) {
  const complaints = input.complaints === undefined || input.complaints === null ? 0 : Number(input.complaints);
  if (!Number.isInteger(complaints) || complaints < 0) problems.push({ field: 'complaints', code: 'wholeNumber' });
  const rate = input.satisfactionRate === undefined || input.satisfactionRate === null ? undefined : Number(input.satisfactionRate);
  if (rate !== undefined && !(rate >= 0 && rate <= 1)) problems.push({ field: 'satisfactionRate', code: 'share' });
  return { complaints, satisfactionRate: rate };
}

export type TeamInput = Pick<Team, 'name' | 'type'> & Partial<Pick<Team, 'leaderId' | 'parentTeamId' | 'serviceObjects'>>;
export type TeamFields = Omit<Team, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>;

/** A team's level is the level of the org unit that owns it, so it cannot disagree with it. */
export function checkTeamInput(input: TeamInput, orgPath: OrgPath): Checked<TeamFields, keyof TeamInput> {
  const problems: Problem[] = [];
  const name = text(input.name, 'name', problems, { required: true, max: 40 });
  if (!TEAM_TYPES.includes(input.type)) problems.push({ field: 'type', code: 'required' });
  const serviceObjects = text(input.serviceObjects, 'serviceObjects', problems, { max: 100 });
  if (problems.length > 0 || !name) return { ok: false, problems: problems as Problem<keyof TeamInput>[] };
  const level: OrgLevel = levelOf(orgPath);
  const value: TeamFields = { orgPath, name, type: input.type, level };
  if (input.leaderId) value.leaderId = input.leaderId;
  if (input.parentTeamId) value.parentTeamId = input.parentTeamId;
  if (serviceObjects) value.serviceObjects = serviceObjects;
  return { ok: true, value };
}

export type StudioInput = Pick<Studio, 'name' | 'leaderId' | 'speciality'> & Partial<Pick<Studio, 'memberIds'>>;
export type StudioFields = Omit<Studio, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>;

/** A studio is led by a star member: the leader is required and is not also listed as a member. */
export function checkStudioInput(input: StudioInput, orgPath: OrgPath): Checked<StudioFields, keyof StudioInput> {
  const problems: Problem[] = [];
  const name = text(input.name, 'name', problems, { required: true, max: 40 });
  const speciality = text(input.speciality, 'speciality', problems, { required: true, max: 60 });
  if (!input.leaderId) problems.push({ field: 'leaderId', code: 'required' });
  if (problems.length > 0 || !name || !speciality) return { ok: false, problems: problems as Problem<keyof StudioInput>[] };
  const memberIds = [...new Set(input.memberIds ?? [])].filter((m) => m !== input.leaderId);
  return { ok: true, value: { orgPath, name, speciality, leaderId: input.leaderId, memberIds } };
}

export interface EnterpriseInput {
  name: string;
  creditCode: string;
  serviceItemCodes: string[];
  area: string;
  contactName: string;
  contactMobile: string;
  joinDate: string;
  complaints?: number;
  satisfactionRate?: number;
}
export type EnterpriseFields = Omit<Enterprise, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>;

export function checkEnterpriseInput(input: EnterpriseInput, orgPath: OrgPath, today = new Date()): Checked<EnterpriseFields, keyof EnterpriseInput> {
  const problems: Problem[] = [];
  const name = text(input.name, 'name', problems, { required: true, max: 60 });
  const code = checkCreditCode(input.creditCode ?? '');
  if (!input.creditCode?.trim()) problems.push({ field: 'creditCode', code: 'required' });
  else if (!code.ok) problems.push({ field: 'creditCode', code: `creditCode.${code.problem}` });
  const items = ids(input.serviceItemCodes, 'serviceItemCodes', problems, (c) => catalogueItem(c) !== undefined, 'unknownItem');
  if (items.length === 0 && !problems.some((p) => p.field === 'serviceItemCodes')) problems.push({ field: 'serviceItemCodes', code: 'required' });
  const area = text(input.area, 'area', problems, { required: true });
  const contactName = text(input.contactName, 'contactName', problems, { required: true, max: 30 });
  const contactMobile = normaliseMobile(input.contactMobile ?? '');
  if (!contactMobile) problems.push({ field: 'contactMobile', code: 'required' });
  else if (!isValidMobile(contactMobile)) problems.push({ field: 'contactMobile', code: 'mobile' });
  const joinDate = pastDate(input.joinDate, 'joinDate', problems, today);
  const { complaints, satisfactionRate } = counters(input, problems);
  if (problems.length > 0 || !code.ok) return { ok: false, problems: problems as Problem<keyof EnterpriseInput>[] };
  const value: EnterpriseFields = {
    orgPath, name: name!, creditCode: code.value, serviceItemCodes: items, area: area!, contactName: contactName!, contactMobile, joinDate: joinDate!, complaints,
  };
  if (satisfactionRate !== undefined) value.satisfactionRate = satisfactionRate;
  return { ok: true, value };
}

export interface ProviderInput {
  name: string;
  mobile: string;
  skills: string[];
  serviceItemCodes: string[];
  area: string;
  joinDate: string;
  complaints?: number;
  satisfactionRate?: number;
}
export type ProviderFields = Omit<Provider, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>;

export function checkProviderInput(input: ProviderInput, orgPath: OrgPath, today = new Date()): Checked<ProviderFields, keyof ProviderInput> {
  const problems: Problem[] = [];
  const name = text(input.name, 'name', problems, { required: true, max: 30 });
  const mobile = normaliseMobile(input.mobile ?? '');
  if (!mobile) problems.push({ field: 'mobile', code: 'required' });
  else if (!isValidMobile(mobile)) problems.push({ field: 'mobile', code: 'mobile' });
  const skills = ids(input.skills, 'skills', problems, (s) => SKILL_CODES.has(s), 'unknownSkill');
  const items = ids(input.serviceItemCodes, 'serviceItemCodes', problems, (c) => catalogueItem(c) !== undefined, 'unknownItem');
  if (skills.length === 0 && items.length === 0 && !problems.some((p) => p.field === 'skills' || p.field === 'serviceItemCodes')) problems.push({ field: 'skills', code: 'skillOrItem' });
  const area = text(input.area, 'area', problems, { required: true });
  const joinDate = pastDate(input.joinDate, 'joinDate', problems, today);
  const { complaints, satisfactionRate } = counters(input, problems);
  if (problems.length > 0) return { ok: false, problems: problems as Problem<keyof ProviderInput>[] };
  const value: ProviderFields = { orgPath, name: name!, mobile, skills, serviceItemCodes: items, area: area!, joinDate: joinDate!, complaints };
  if (satisfactionRate !== undefined) value.satisfactionRate = satisfactionRate;
  return { ok: true, value };
}
