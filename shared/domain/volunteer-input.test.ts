import { describe, expect, it } from 'vitest';
import { checkVolunteerInput, type VolunteerInput } from './volunteer-input';

const good: VolunteerInput = { name: '李建国', idNumber: '11010519491231002X', mobile: '13905731234', politicalStatus: 'partyMember', servicePoint: 'JX/NH/T01/V001' };
const codes = (input: VolunteerInput) => {
  const r = checkVolunteerInput(input, new Date('2026-06-01T00:00:00Z'));
  return r.ok ? [] : r.problems.map((p) => `${p.field}:${p.code}`);
};

describe('checkVolunteerInput', () => {
  it('accepts the official examples and derives gender and birth date', () => {
    expect(checkVolunteerInput(good)).toMatchObject({ ok: true, value: { gender: 'female', birthDate: '1949-12-31' } });
    expect(checkVolunteerInput({ ...good, idNumber: '440524188001010014' })).toMatchObject({ ok: true, value: { gender: 'male', birthDate: '1880-01-01' } });
  });

  it.each([
    ['110105194912310021', 'idNumber:idNumber.checkCharacter'],
    ['11010519491331002X', 'idNumber:idNumber.birthDate'],
    ['110105194902300028', 'idNumber:idNumber.birthDate'],
    ['110105203001010015', 'idNumber:idNumber.birthDate'],
    ['11010519491231002', 'idNumber:idNumber.length'],
    ['11010519491231002XX', 'idNumber:idNumber.length'],
    ['1101051949123100XX', 'idNumber:idNumber.characters'],
    ['', 'idNumber:required'],
  ])('refuses the ID number %s', (idNumber, code) => {
    expect(codes({ ...good, idNumber })).toEqual([code]);
  });

  it('checks typed gender and birth date against the ID number', () => {
    expect(codes({ ...good, gender: 'male', birthDate: '1949-12-30' })).toEqual(['gender:genderMismatch', 'birthDate:birthDateMismatch']);
  });

  it('normalises a mobile typed with spaces or +86 and refuses a bad one', () => {
    expect(checkVolunteerInput({ ...good, mobile: '+86 139-0573-1234' })).toMatchObject({ ok: true, value: { mobile: '13905731234' } });
    expect(codes({ ...good, mobile: '12905731234' })).toEqual(['mobile:mobile']);
  });

  it('refuses skills outside the taxonomy, overlong text and a malformed volunteer number', () => {
    expect(codes({ ...good, skills: ['nursing', 'juggling'], partyBranch: '支'.repeat(61), volunteerNo: 'no such!' })).toEqual([
      'skills:unknownSkill', 'partyBranch:tooLong', 'volunteerNo:volunteerNo',
    ]);
  });

  it('leaves empty optional fields out of the record', () => {
    const r = checkVolunteerInput({ ...good, partyBranch: '  ', volunteerNo: 'lx2026abc123' });
    expect(r.ok && 'partyBranch' in r.value).toBe(false);
    expect(r.ok && r.value.volunteerNo).toBe('LX2026ABC123');
  });
});
