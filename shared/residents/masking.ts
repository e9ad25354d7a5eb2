/**
 * Sensitive fields of a resident (PIPL; DOMAIN.md "Personal data"): the ID number, the
 * disability details and the income source. They are shown masked unless the operator's role
 * may see them, and every unmasked view is written to the audit log by the caller.
 */
import type { Resident } from '../domain/entities';
import { maskResidentId } from '../validation/resident-id';

export const MASK = '****';

/** Which sensitive parts the resident actually has: nothing to unmask means no audit entry either. */
export function hasSensitive(r: Pick<Resident, 'idNumber' | 'disability' | 'elderly'>): boolean {
  return Boolean(r.idNumber || r.disability || r.elderly?.incomeSource);
}

/** A copy fit to show without the right to see identity data. */
export function maskResident<T extends Pick<Resident, 'idNumber' | 'disability' | 'elderly'>>(r: T): T {
  const out = { ...r };
  if (r.idNumber) out.idNumber = maskResidentId(r.idNumber);
  if (r.disability) {
    // The category stays visible (it is why the household is on the register); its details do not.
    out.disability = { ...r.disability, cardNo: maskResidentId(r.disability.cardNo), type: MASK as never, grade: MASK as never };
    if (r.disability.guardian) out.disability.guardian = MASK;
  }
  if (r.elderly?.incomeSource) out.elderly = { ...r.elderly, incomeSource: MASK };
  return out;
}

/** Sensitive fields were changed by this edit (so the editor's role must allow it). */
export function touchesSensitive(before: Partial<Pick<Resident, 'idNumber' | 'disability' | 'elderly'>>, after: Partial<Pick<Resident, 'idNumber' | 'disability' | 'elderly'>>): boolean {
  return (before.idNumber ?? '') !== (after.idNumber ?? '')
    || JSON.stringify(before.disability ?? null) !== JSON.stringify(after.disability ?? null)
    || (before.elderly?.incomeSource ?? '') !== (after.elderly?.incomeSource ?? '');
}
