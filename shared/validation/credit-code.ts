/**
 * 统一社会信用代码 unified social credit codes (GB 32100-2015): 18 characters from a 31-character
 * set (no I, O, Z, S, V), weights 3^i mod 31, check character = set[(31 - sum mod 31) mod 31].
 * Layout: registration authority, organisation type, 6-digit area code, 9-character organisation
 * code, check character.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = Array.from({ length: 17 }, (_, i) => 3 ** i % 31);

export type CreditCodeProblem = 'length' | 'characters' | 'areaCode' | 'checkCharacter';
export type CreditCodeCheck = { ok: true; value: string } | { ok: false; problem: CreditCodeProblem };

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CHARSET.indexOf(first17[i] ?? '');
    if (v < 0 || first17.length !== 17) throw new Error('creditCodeCheckChar needs 17 characters of the GB 32100 set');
    sum += v * (WEIGHTS[i] as number);
  }
  return CHARSET[(31 - (sum % 31)) % 31] as string;
}

/** Spaces are dropped and letters upper-cased before checking. */
export function checkCreditCode(s: string): CreditCodeCheck {
  const value = s.replace(/\s+/g, '').toUpperCase();
  if (value.length !== 18) return { ok: false, problem: 'length' };
  for (const c of value) if (!CHARSET.includes(c)) return { ok: false, problem: 'characters' };
  if (!/^\d{6}$/.test(value.slice(2, 8))) return { ok: false, problem: 'areaCode' };
  if (creditCodeCheckChar(value.slice(0, 17)) !== value[17]) return { ok: false, problem: 'checkCharacter' };
  return { ok: true, value };
}
