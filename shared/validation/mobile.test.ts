import { describe, expect, it } from 'vitest';
import { isValidMobile, maskMobile, normaliseMobile } from './mobile';

describe('mobile numbers', () => {
  it.each([
    ['13812345678', true], ['19912345678', true], ['12812345678', false], ['1381234567', false],
    ['138123456789', false], ['23812345678', false], [' 13812345678', false], ['1381234567a', false],
  ])('isValidMobile(%j) is %s', (s, ok) => {
    expect(isValidMobile(s)).toBe(ok);
  });

  it('normalises what people type', () => {
    expect(normaliseMobile(' 138-1234 5678 ')).toBe('13812345678');
    expect(normaliseMobile('+8613812345678')).toBe('13812345678');
    expect(normaliseMobile('008613812345678')).toBe('13812345678');
    expect(normaliseMobile('057382345678')).toBe('057382345678');
  });

  it('masks for display', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskMobile('12345')).toBe('*****');
  });
});
