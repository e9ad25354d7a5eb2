import { describe, expect, it } from 'vitest';
import { checkCreditCode, creditCodeCheckChar } from './credit-code';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts known codes', () => {
    expect(checkCreditCode('91350100M000100Y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
    expect(checkCreditCode('91110108551385082Q').ok).toBe(true);
    expect(checkCreditCode(' 91110108551385082q ').ok).toBe(true);
  });

  it('computes the check character, including the 0 case', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(() => creditCodeCheckChar('91350100M000100Y')).toThrow();
    // Find a prefix whose sum is a multiple of 31: its check character must be 0, not 31.
    const prefix = Array.from({ length: 31 }, (_, k) => `9133040000000000${'0123456789ABCDEFGHJKLMNPQRTUWXY'[k]}`).find((p) => creditCodeCheckChar(p) === '0');
    expect(prefix).toBeDefined();
  });

  it.each([
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y43X', 'length'],
    ['91350100M000100I43', 'characters'],
    ['91350100M000100O43', 'characters'],
    ['9135A100M000100Y4' + creditCodeCheckChar('9135A100M000100Y4'), 'areaCode'],
    ['91350100M000100Y44', 'checkCharacter'],
  ])('rejects %s (%s)', (code, problem) => {
    expect(checkCreditCode(code)).toEqual({ ok: false, problem });
  });
});
