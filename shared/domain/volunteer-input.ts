/**
 * What a person may type (or import) for a volunteer, and the checks it must pass. One module
 * for the form, the Excel importer and the centre. Problems are codes, named by field, so each
 * caller can show them in the operator's language at the right place.
 */
import { checkResidentId } from '../validation/resident-id';
import { isValidMobile } from '../validation/mobile';
import { isValidOrgPath, type OrgPath } from '../org/org-path';
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
}

export type VolunteerField = keyof VolunteerInput;
export interface FieldProblem {
  field: VolunteerField;
  code: string;
}

const POLITICAL: PoliticalStatus[] = ['partyMember', 'leagueMember', 'masses'];

/** Checks the input; on success returns the normalised fields of a Volunteer record. */
export function checkVolunteerInput(
  input: VolunteerInput,
  today?: Date,
): { ok: true; value: Omit<Volunteer, 'id' | 'orgPath' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'volunteerNo' | 'teamIds' | 'status' | 'totalHours'> } | { ok: false; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const name = (input.name ?? '').trim();
  if (!name) problems.push({ field: 'name', code: 'required' });
  else if (name.length > 30) problems.push({ field: 'name', code: 'tooLong' });

  const idNumber = (input.idNumber ?? '').trim().toUpperCase();
  const id = checkResidentId(idNumber, today);
  if (!idNumber) problems.push({ field: 'idNumber', code: 'required' });
  else if (!id.ok) problems.push({ field: 'idNumber', code: `idNumber.${id.problem}` });

  const mobile = (input.mobile ?? '').trim();
  if (!mobile) problems.push({ field: 'mobile', code: 'required' });
  else if (!isValidMobile(mobile)) problems.push({ field: 'mobile', code: 'mobile' });

  if (!POLITICAL.includes(input.politicalStatus)) problems.push({ field: 'politicalStatus', code: 'required' });
  if (!input.servicePoint || !isValidOrgPath(input.servicePoint)) problems.push({ field: 'servicePoint', code: 'required' });

  // What was typed must agree with what the ID number says.
  if (id.ok && input.gender && input.gender !== id.gender) problems.push({ field: 'gender', code: 'genderMismatch' });
  if (id.ok && input.birthDate && input.birthDate !== id.birthDate) problems.push({ field: 'birthDate', code: 'birthDateMismatch' });

  if (problems.length > 0 || !id.ok) return { ok: false, problems };
  const keys = searchKeys(name);
  return {
    ok: true,
    value: {
      name,
      namePinyin: keys.pinyin,
      nameInitials: keys.initials,
      idNumber,
      gender: id.gender,
      birthDate: id.birthDate,
      mobile,
      politicalStatus: input.politicalStatus,
      partyBranch: input.partyBranch?.trim() || undefined,
      professionalField: input.professionalField?.trim() || undefined,
      skills: input.skills ?? [],
      servicePoint: input.servicePoint,
      availability: input.availability?.trim() || undefined,
    },
  };
}
