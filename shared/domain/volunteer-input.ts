/**
 * What a person may type (or import) for a volunteer, and the checks it must pass. One module
 * for the form, the Excel importer and the centre. Problems are codes, named by field, so each
 * caller can show them in the operator's language at the right place.
 */
import { checkResidentId } from '../validation/resident-id';
import { isValidMobile, normaliseMobile } from '../validation/mobile';
import { isValidOrgPath, type OrgPath } from '../org/org-path';
import { SKILL_CODES } from '../catalogue/skills';
import type { Gender, PoliticalStatus, Volunteer } from './entities';
import { searchKeys } from '../text/pinyin';

export interface VolunteerInput {
  name: string;
  idNumber: string;
  mobile: string;
  gender?: Gender;
  birthDate?: string;
  politicalStatus: PoliticalStatus;
  partyBranch?: string;
  professionalField?: string;
  skills?: string[];
  servicePoint: OrgPath;
  availability?: string;
  /** 志愿者统一编号 already issued elsewhere (e.g. a roster from the national system); else one is issued. */
  volunteerNo?: string;
}

export type VolunteerField = keyof VolunteerInput;
export interface FieldProblem {
  field: VolunteerField;
  code: string;
}

/** The normalised fields of a Volunteer record that input decides. */
export type CheckedVolunteer = Omit<Volunteer, 'id' | 'orgPath' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'volunteerNo' | 'teamIds' | 'status' | 'totalHours'> & {
  volunteerNo?: string;
};

const POLITICAL: PoliticalStatus[] = ['partyMember', 'leagueMember', 'masses'];
const GENDERS: Gender[] = ['male', 'female'];
/** Longest free text per field: a party branch's full name fits; a pasted paragraph does not. */
const MAX_TEXT = 60;
/** Numbers issued by us (`LX` + year + 10) or by the national system: letters and digits only. */
const VOLUNTEER_NO = /^[A-Z0-9]{6,32}$/;

function optionalText(value: string | undefined, field: VolunteerField, problems: FieldProblem[]): string | undefined {
  const text = value?.trim();
  if (text && text.length > MAX_TEXT) problems.push({ field, code: 'tooLong' });
  return text || undefined;
}

/** Checks the input; on success returns the normalised fields of a Volunteer record. */
export function checkVolunteerInput(input: VolunteerInput, today?: Date): { ok: true; value: CheckedVolunteer } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const name = (input.name ?? '').trim();
  if (!name) problems.push({ field: 'name', code: 'required' });
  else if (name.length > 30) problems.push({ field: 'name', code: 'tooLong' });

  const idNumber = (input.idNumber ?? '').trim().toUpperCase();
  const id = checkResidentId(idNumber, today);
  if (!idNumber) problems.push({ field: 'idNumber', code: 'required' });
  else if (!id.ok) problems.push({ field: 'idNumber', code: `idNumber.${id.problem}` });

  const mobile = normaliseMobile(input.mobile ?? '');
  if (!mobile) problems.push({ field: 'mobile', code: 'required' });
  else if (!isValidMobile(mobile)) problems.push({ field: 'mobile', code: 'mobile' });

  if (!POLITICAL.includes(input.politicalStatus)) problems.push({ field: 'politicalStatus', code: 'required' });
  if (!input.servicePoint || !isValidOrgPath(input.servicePoint)) problems.push({ field: 'servicePoint', code: 'required' });
  if (input.gender !== undefined && !GENDERS.includes(input.gender)) problems.push({ field: 'gender', code: 'gender' });
  if (input.birthDate !== undefined && input.birthDate !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(input.birthDate)) problems.push({ field: 'birthDate', code: 'date' });

  // What was typed must agree with what the ID number says.
  if (id.ok && input.gender && input.gender !== id.gender) problems.push({ field: 'gender', code: 'genderMismatch' });
  if (id.ok && input.birthDate && input.birthDate !== id.birthDate) problems.push({ field: 'birthDate', code: 'birthDateMismatch' });

  const skills = [...new Set(input.skills ?? [])];
  if (skills.some((s) => !SKILL_CODES.has(s))) problems.push({ field: 'skills', code: 'unknownSkill' });
  const partyBranch = optionalText(input.partyBranch, 'partyBranch', problems);
  const professionalField = optionalText(input.professionalField, 'professionalField', problems);
  const availability = optionalText(input.availability, 'availability', problems);
  const volunteerNo = input.volunteerNo?.trim().toUpperCase() || undefined;
  if (volunteerNo && !VOLUNTEER_NO.test(volunteerNo)) problems.push({ field: 'volunteerNo', code: 'volunteerNo' });

  if (problems.length > 0 || !id.ok) return { ok: false, problems };
  const keys = searchKeys(name);
  const value: CheckedVolunteer = {
    name,
    namePinyin: keys.pinyin,
    nameInitials: keys.initials,
    idNumber,
    gender: id.gender,
    birthDate: id.birthDate,
    mobile,
    politicalStatus: input.politicalStatus,
    skills,
    servicePoint: input.servicePoint,
  };
  // Absent rather than undefined, so records and their outbox mutations carry no empty fields.
  if (partyBranch) value.partyBranch = partyBranch;
  if (professionalField) value.professionalField = professionalField;
  if (availability) value.availability = availability;
  if (volunteerNo) value.volunteerNo = volunteerNo;
  return { ok: true, value };
}
