/** Mainland mobile numbers: 11 digits, `^1[3-9]\d{9}$` as the hard rule (DOMAIN.md). */
const MOBILE = /^1[3-9]\d{9}$/;

/** Strict: exactly the stored form, no spaces or prefixes. Run `normaliseMobile` on typed input first. */
export function isValidMobile(s: string): boolean {
  return typeof s === 'string' && MOBILE.test(s);
}

/** Drops spaces and hyphens people type, and a leading +86 / 0086 country code. */
export function normaliseMobile(s: string): string {
  return s.replace(/[\s-]+/g, '').replace(/^(\+86|0086)(?=1\d{10}$)/, '');
}

/** Masked for display (PIPL): `138****5678`. Anything not 11 characters is masked whole. */
export function maskMobile(s: string): string {
  if (s.length !== 11) return '*'.repeat(s.length);
  return `${s.slice(0, 3)}****${s.slice(7)}`;
}
