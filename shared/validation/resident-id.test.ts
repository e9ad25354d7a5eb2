import { describe, expect, it } from 'vitest';
import { checkResidentId, maskResidentId, residentIdCheckChar } from './resident-id';

const today = new Date(2026, 10, 28);

describe('resident ID (GB 11643)', () => {
  it('accepts the published examples', () => {
    expect(checkResidentId('11010519491231002X', today)).toEqual({ ok: true, value: '11010519491231002X', birthDate: '1949-12-31', gender: 'female', areaCode: '110105' });
    expect(checkResidentId('440524188001010014', today)).toEqual({ ok: true, value: '440524188001010014', birthDate: '1880-01-01', gender: 'male', areaCode: '440524' });
  });

  it('computes check characters, including X', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(residentIdCheckChar('44052418800101001')).toBe('4');
    expect(() => residentIdCheckChar('1234')).toThrow();
  });

  const leap = '33040220000229001';
  const cases: [string, string, string | true][] = [
    ['lower-case x', '11010519491231002x', true],
    ['surrounding and inner spaces', ' 110105 19491231 002X ', true],
    ['Feb 29 in a leap year', leap + residentIdCheckChar(leap), true],
    ['Feb 29 in a common year', '33040219990229001' + 'X', 'birthDate'],
    ['month 13', '330402199913010011', 'birthDate'],
    ['too short', '11010519491231002', 'length'],
    ['too long', '11010519491231002XX', 'length'],
    ['empty', '', 'length'],
    ['letter inside', '1101051949123100AX', 'characters'],
    ['wrong check character', '110105194912310021', 'checkCharacter'],
    ['born tomorrow', '330402' + '20261129' + '001' + residentIdCheckChar('33040220261129001'), 'birthDate'],
    ['born today', '330402' + '20261128' + '001' + residentIdCheckChar('33040220261128001'), true],
  ];
  it.each(cases)('%s', (_label, id, expected) => {
    const r = checkResidentId(id, today);
    expect(r.ok ? true : r.problem).toBe(expected);
  });

  it('masks for display', () => {
    expect(maskResidentId('330402198001011234')).toBe('3304**********1234');
    expect(maskResidentId('1234')).toBe('****');
  });
});
