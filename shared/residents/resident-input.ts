/**
 * 弱势群体 what a person may type for a vulnerable resident, and the checks it must pass: one
 * module for the form, importers and the centre. Problems name their field; nothing is saved
 * while any remains.
 */
import type { Resident, ResidentCategory } from '../domain/entities';
import { checkResidentId } from '../validation/resident-id';
import { isValidMobile, normaliseMobile } from '../validation/mobile';
import { searchKeys } from '../text/pinyin';
import { addressKeys } from './search';

export const RESIDENT_CATEGORIES: readonly ResidentCategory[] = ['elderly', 'disabled', 'lowIncome', 'partyMemberInDifficulty'];
export const DISABILITY_TYPES = ['visual', 'hearing', 'speech', 'physical', 'intellectual', 'mental'] as const;
export const RISK_LEVELS: readonly Resident['riskLevel'][] = ['low', 'medium', 'high'];
export const LIVING_SITUATIONS = ['alone', 'emptyNest'] as const;

type Disability = NonNullable<Resident['disability']>;
type Elderly = NonNullable<Resident['elderly']>;

export interface ResidentInput {
  name?: string;
  idNumber?: string;
  mobile?: string;
  address?: string;
  categories?: ResidentCategory[];
  disability?: Partial<Disability>;
  elderly?: Partial<Elderly>;
  emergencyContact?: string;
  needs?: string;
  riskLevel?: Resident['riskLevel'];
  notes?: string;
}

export type ResidentField =
  | 'name' | 'idNumber' | 'mobile' | 'address' | 'categories' | 'emergencyContact' | 'needs' | 'riskLevel' | 'notes'
  | 'disability.cardNo' | 'disability.type' | 'disability.grade' | 'disability.guardian'
  | 'elderly.livingSituation' | 'elderly.spouse' | 'elderly.incomeSource';
export interface ResidentProblem {
  field: ResidentField;
  code: string;
}

/** The fields of a Resident record that input decides (absent rather than empty when not given). */
export type CheckedResident = Omit<Resident, 'id' | 'orgPath' | 'createdAt' | 'updatedAt' | 'updatedBy' | 'deleted'>;

const MAX = { name: 30, address: 120, text: 60, long: 500 } as const;
/** 残疾人证号: the holder's ID number plus type and grade digits (20), or older 18–22 character forms. */
const CARD_NO = /^[0-9]{17}[0-9X][0-9]{0,4}$/;

export function checkResidentInput(input: ResidentInput, today?: Date): { ok: true; value: CheckedResident } | { ok: false; problems: ResidentProblem[] } {
  const problems: ResidentProblem[] = [];
  const text = (field: ResidentField, value: string | undefined, max: number, required = false) => {
    const v = (value ?? '').trim();
    if (!v && required) problems.push({ field, code: 'required' });
    else if (v.length > max) problems.push({ field, code: 'tooLong' });
    return v || undefined;
  };
  const name = text('name', input.name, MAX.name, true);
  const address = text('address', input.address, MAX.address, true);

  const idTyped = (input.idNumber ?? '').trim().toUpperCase();
  const id = idTyped ? checkResidentId(idTyped, today) : null;
  if (id && !id.ok) problems.push({ field: 'idNumber', code: `idNumber.${id.problem}` });

  const mobileTyped = normaliseMobile(input.mobile ?? '');
  if (mobileTyped && !isValidMobile(mobileTyped)) problems.push({ field: 'mobile', code: 'mobile' });

  const categories = [...new Set(input.categories ?? [])];
  if (categories.length === 0) problems.push({ field: 'categories', code: 'required' });
  else if (categories.some((c) => !RESIDENT_CATEGORIES.includes(c))) problems.push({ field: 'categories', code: 'invalidChoice' });

  const riskLevel = input.riskLevel;
  if (!riskLevel) problems.push({ field: 'riskLevel', code: 'required' });
  else if (!RISK_LEVELS.includes(riskLevel)) problems.push({ field: 'riskLevel', code: 'invalidChoice' });

  // Details belong to their category; details of a category not chosen are dropped, not kept hidden.
  let disability: Disability | undefined;
  const d = input.disability;
  if (categories.includes('disabled') && d && Object.values(d).some((v) => v !== undefined && v !== '')) {
    const cardNo = (d.cardNo ?? '').trim().toUpperCase();
    if (!cardNo) problems.push({ field: 'disability.cardNo', code: 'required' });
    else if (!CARD_NO.test(cardNo)) problems.push({ field: 'disability.cardNo', code: 'cardNo' });
    if (!d.type) problems.push({ field: 'disability.type', code: 'required' });
    else if (!DISABILITY_TYPES.includes(d.type)) problems.push({ field: 'disability.type', code: 'invalidChoice' });
    if (d.grade === undefined) problems.push({ field: 'disability.grade', code: 'required' });
    else if (![1, 2, 3, 4].includes(Number(d.grade))) problems.push({ field: 'disability.grade', code: 'invalidChoice' });
    const guardian = text('disability.guardian', d.guardian, MAX.name);
    if (cardNo && d.type && d.grade !== undefined) {
      disability = { cardNo, type: d.type, grade: Number(d.grade) as Disability['grade'] };
      if (guardian) disability.guardian = guardian;
    }
  }

  let elderly: Elderly | undefined;
  if (categories.includes('elderly') || categories.includes('partyMemberInDifficulty')) {
    const e = input.elderly ?? {};
    const spouse = text('elderly.spouse', e.spouse, MAX.name);
    const incomeSource = text('elderly.incomeSource', e.incomeSource, MAX.text);
    if (categories.includes('elderly') && !e.livingSituation) problems.push({ field: 'elderly.livingSituation', code: 'required' });
    else if (e.livingSituation && !LIVING_SITUATIONS.includes(e.livingSituation)) problems.push({ field: 'elderly.livingSituation', code: 'invalidChoice' });
    if (e.livingSituation) {
      elderly = { livingSituation: e.livingSituation };
      if (spouse) elderly.spouse = spouse;
      if (incomeSource) elderly.incomeSource = incomeSource;
    }
  }

  const emergencyContact = text('emergencyContact', input.emergencyContact, MAX.text);
  const needs = text('needs', input.needs, MAX.long);
  const notes = text('notes', input.notes, MAX.long);

  if (problems.length > 0 || !name || !address || !riskLevel) return { ok: false, problems };
  const keys = searchKeys(name);
  const value: CheckedResident = { name, namePinyin: keys.pinyin, nameInitials: keys.initials, address, addressKeys: addressKeys(address), categories, riskLevel };
  if (id?.ok) value.idNumber = id.value;
  if (mobileTyped) value.mobile = mobileTyped;
  if (disability) value.disability = disability;
  if (elderly) value.elderly = elderly;
  if (emergencyContact) value.emergencyContact = emergencyContact;
  if (needs) value.needs = needs;
  if (notes) value.notes = notes;
  return { ok: true, value };
}
