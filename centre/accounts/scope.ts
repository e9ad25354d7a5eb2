/**
 * Who is calling /api/admin and what they may reach. The admin token (first set-up, scripts)
 * and a city administrator reach the whole network; a county administrator only org paths
 * within its county. Catalogue and calendar edits and the accounts and audit screens are the
 * city's alone.
 */
import { CITY_PATH, isValidOrgPath, isWithin, type OrgPath } from '../../shared/org/org-path';
import type { Account } from './accounts';
import type { Actor } from './audit';

export type Admin = { kind: 'token' } | { kind: 'account'; account: Account };

export const TOKEN_ACTOR: Actor = { id: 'token', name: 'admin token' };

export function actorOf(admin: Admin): Actor {
  return admin.kind === 'token' ? TOKEN_ACTOR : { id: admin.account.id, name: admin.account.name };
}

export function isCityAdmin(admin: Admin): boolean {
  return admin.kind === 'token' || admin.account.role === 'city';
}

/** The subtree the administrator acts in. */
export function scopeOf(admin: Admin): OrgPath {
  if (admin.kind === 'token' || admin.account.role === 'city') return CITY_PATH;
  // A county role always has its county (a check constraint); without one it reaches nothing rather than everything.
  return admin.account.countyPath ?? '';
}

export function reaches(admin: Admin, orgPath: string): boolean {
  return isValidOrgPath(orgPath) && isWithin(orgPath, scopeOf(admin));
}
