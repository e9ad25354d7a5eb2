/**
 * 管理员账户 the centre's administrator accounts. A `city` administrator administers the whole
 * network; a `county` administrator only the devices and enrolment codes of one county
 * (scope.ts). Accounts are never deleted, only disabled, so the audit keeps naming real people.
 */
import { isValidOrgPath, levelOf, type OrgPath } from '../../shared/org/org-path';
import { orgUnit } from '../../shared/org/org-tree';
import type { Store } from '../db/store';
import type { AdminAccountsTable } from '../db/schema';
import { newId } from '../enrolment/secrets';
import { hashPassword, passwordProblem } from './password';

export type AdminRole = 'city' | 'county';
export const ADMIN_ROLES: readonly AdminRole[] = ['city', 'county'];

export interface Account {
  id: string;
  name: string;
  role: AdminRole;
  /** The county of a county administrator (JX/NH); null for the city. */
  countyPath: OrgPath | null;
  createdAt: string;
  updatedAt: string;
  disabledAt: string | null;
  lockedUntil: string | null;
  lastSignInAt: string | null;
}

/** Input refused with the HTTP status that says why (400 bad, 404 unknown, 409 conflict). */
export class AccountInputError extends Error {
  constructor(message: string, readonly status: 400 | 404 | 409 = 400) {
    super(message);
    this.name = 'AccountInputError';
  }
}

export function toAccount(r: AdminAccountsTable): Account {
  return {
    id: r.id, name: r.name, role: r.role, countyPath: r.county_path, createdAt: r.created_at, updatedAt: r.updated_at,
    disabledAt: r.disabled_at, lockedUntil: r.locked_until, lastSignInAt: r.last_sign_in_at,
  };
}

const NAME = /^[^\p{Cc}\p{Cf}]{1,40}$/u;

function checkName(name: unknown): string {
  if (typeof name !== 'string' || !NAME.test(name.trim())) throw new AccountInputError('name: 1 to 40 characters, no control characters');
  return name.trim();
}

/** The role and county as stored: a county role needs an existing county of the bundled tree; the city role takes none. */
export function checkRole(role: unknown, county: unknown): { role: AdminRole; countyPath: OrgPath | null } {
  if (role === 'city') {
    if (county !== undefined && county !== null && county !== '') throw new AccountInputError('county: a city administrator has no county');
    return { role, countyPath: null };
  }
  if (role !== 'county') throw new AccountInputError('role: "city" or "county"');
  if (typeof county !== 'string' || !isValidOrgPath(county) || levelOf(county) !== 'county') throw new AccountInputError('county: a county org path such as JX/NH');
  if (!orgUnit(county)) throw new AccountInputError(`county: ${county} is not a county of the network`);
  return { role, countyPath: county };
}

function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown }).code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

export interface NewAccount {
  name: unknown;
  password: unknown;
  role: unknown;
  county?: unknown;
}

export async function createAccount(store: Store, input: NewAccount, now = Date.now()): Promise<Account> {
  const name = checkName(input.name);
  const problem = passwordProblem(input.password);
  if (problem) throw new AccountInputError(problem);
  const { role, countyPath } = checkRole(input.role, input.county);
  if (await store.db.selectFrom('admin_accounts').select('id').where('name', '=', name).executeTakeFirst()) throw new AccountInputError(`name: an account named ${name} exists`, 409);
  const at = new Date(now).toISOString();
  const row: AdminAccountsTable = {
    id: newId('adm'), name, password_hash: await hashPassword(input.password as string), role, county_path: countyPath,
    created_at: at, updated_at: at, disabled_at: null, failed_sign_ins: 0, locked_until: null, last_sign_in_at: null,
  };
  try {
    await store.db.insertInto('admin_accounts').values(row).execute();
  } catch (e) {
    // Two administrators adding the same name at once: the unique index decides.
    if (isUniqueViolation(e)) throw new AccountInputError(`name: an account named ${name} exists`, 409);
    throw e;
  }
  return toAccount(row);
}

export async function listAccounts(store: Store): Promise<Account[]> {
  const rows = await store.db.selectFrom('admin_accounts').selectAll().orderBy('name').execute();
  return rows.map(toAccount);
}

export async function countAccounts(store: Store): Promise<number> {
  const row = await store.db.selectFrom('admin_accounts').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function getAccount(store: Store, id: string): Promise<Account> {
  const row = await store.db.selectFrom('admin_accounts').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw new AccountInputError('No such account', 404);
  return toAccount(row);
}

export async function findAccountByName(store: Store, name: string): Promise<Account | undefined> {
  const row = await store.db.selectFrom('admin_accounts').selectAll().where('name', '=', name.trim()).executeTakeFirst();
  return row && toAccount(row);
}

/** Disables (its sessions end at once) or enables an account. */
export async function setDisabled(store: Store, id: string, disabled: boolean, now = Date.now()): Promise<Account> {
  await getAccount(store, id);
  const at = new Date(now).toISOString();
  await store.db.transaction().execute(async (trx) => {
    await trx.updateTable('admin_accounts').set({ disabled_at: disabled ? at : null, updated_at: at }).where('id', '=', id).execute();
    if (disabled) await trx.deleteFrom('admin_sessions').where('account_id', '=', id).execute();
  });
  return getAccount(store, id);
}

/** A new password set by a city administrator: the lock-out is lifted and every session of the account ends. */
export async function resetPassword(store: Store, id: string, password: unknown, now = Date.now()): Promise<Account> {
  const problem = passwordProblem(password);
  if (problem) throw new AccountInputError(problem);
  await getAccount(store, id);
  const hash = await hashPassword(password as string);
  const at = new Date(now).toISOString();
  await store.db.transaction().execute(async (trx) => {
    await trx.updateTable('admin_accounts').set({ password_hash: hash, failed_sign_ins: 0, locked_until: null, updated_at: at }).where('id', '=', id).execute();
    await trx.deleteFrom('admin_sessions').where('account_id', '=', id).execute();
  });
  return getAccount(store, id);
}

/** Changes role and county; open sessions take the new scope on their next request (they read the account every time). */
export async function changeRole(store: Store, id: string, role: unknown, county: unknown, now = Date.now()): Promise<Account> {
  const checked = checkRole(role, county);
  await getAccount(store, id);
  await store.db.updateTable('admin_accounts').set({ role: checked.role, county_path: checked.countyPath, updated_at: new Date(now).toISOString() }).where('id', '=', id).execute();
  return getAccount(store, id);
}
