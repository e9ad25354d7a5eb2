/**
 * Enrolment (注册): the centre's administrator makes a one-time code for an org unit; a station
 * exchanges it once for a device credential bound to that unit. Codes and credentials are
 * stored only as hashes; a device can be revoked, after which its credential is refused with
 * a message saying so (the station keeps its data and outbox and can enrol again).
 */
import { sql } from 'kysely';
import { isValidOrgPath, type OrgPath } from '../../shared/org/org-path';
import type { Store } from '../db/store';
import { enrolmentRefusal } from '../org/units';
import { hashSecret, newCredential, newEnrolmentCode, newId, normaliseCode } from './secrets';

export const DEFAULT_CODE_HOURS = 72;
export const MAX_CODE_HOURS = 24 * 90;

/** Input the administrator got wrong; the CLI and the admin API show the message. */
export class EnrolmentInputError extends Error {}

export interface NewCode {
  id: string;
  code: string;
  orgPath: OrgPath;
  expiresAt: string;
}

export async function createEnrolmentCode(
  store: Store,
  orgPath: string,
  opts: { label?: string | undefined; expiresHours?: number | undefined; now?: number } = {},
): Promise<NewCode> {
  if (!isValidOrgPath(orgPath)) throw new EnrolmentInputError(`${JSON.stringify(orgPath)} is not an org path (e.g. JX/NH/T01/V001)`);
  const refusal = await enrolmentRefusal(store, orgPath);
  if (refusal) throw new EnrolmentInputError(refusal);
  const hours = opts.expiresHours ?? DEFAULT_CODE_HOURS;
  if (!Number.isFinite(hours) || hours <= 0 || hours > MAX_CODE_HOURS) throw new EnrolmentInputError(`expiry must be between 0 and ${MAX_CODE_HOURS} hours`);
  const label = opts.label?.trim() || null;
  if (label && label.length > 100) throw new EnrolmentInputError('the label is longer than 100 characters');
  const now = opts.now ?? Date.now();
  const code = newEnrolmentCode();
  const row = {
    id: newId('code'),
    org_path: orgPath,
    code_hash: hashSecret(normaliseCode(code)),
    created_at: new Date(now).toISOString(),
    expires_at: new Date(now + hours * 3_600_000).toISOString(),
    used_at: null,
    device_id: null,
    revoked_at: null,
    label,
  };
  await store.db.insertInto('enrolment_codes').values(row).execute();
  return { id: row.id, code, orgPath, expiresAt: row.expires_at };
}

export interface Enrolled {
  deviceId: string;
  credential: string;
  orgPath: OrgPath;
  /** The device's place among the PCs ever enrolled for its unit, from 1; it goes into request numbers. */
  seat: number;
}

/** Why a code was refused, in words a station operator can act on. */
export class EnrolmentRefused extends Error {}

/**
 * Exchanges a code for a credential, once: the code is marked used in the same transaction
 * that creates the device, and only if it was still unused, unrevoked and unexpired, so two
 * stations racing with one code cannot both win.
 */
export async function redeemCode(store: Store, code: string, label: string, now = Date.now()): Promise<Enrolled> {
  const codeHash = hashSecret(normaliseCode(code));
  const at = new Date(now).toISOString();
  return store.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('enrolment_codes').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
    if (!row) throw new EnrolmentRefused('This enrolment code is not known to the centre: check it, or ask the centre for a new one.');
    if (row.used_at) throw new EnrolmentRefused('This enrolment code has already been used: each code enrols one station. Ask the centre for a new one.');
    if (row.revoked_at) throw new EnrolmentRefused('This enrolment code was withdrawn by the centre. Ask the centre for a new one.');
    if (row.expires_at <= at) throw new EnrolmentRefused(`This enrolment code expired at ${row.expires_at}. Ask the centre for a new one.`);
    const deviceId = newId('dev');
    const credential = newCredential();
    const claimed = await trx
      .updateTable('enrolment_codes')
      .set({ used_at: at, device_id: deviceId })
      .where('id', '=', row.id)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    if (Number(claimed.numUpdatedRows) !== 1) throw new EnrolmentRefused('This enrolment code has already been used: each code enrols one station.');
    // Two codes of one unit redeemed at once must not take the same seat: PostgreSQL holds a
    // per-unit lock until commit (SQLite runs one write transaction at a time anyway).
    if (store.kind === 'postgres') await sql`select pg_advisory_xact_lock(hashtext(${row.org_path}))`.execute(trx);
    const last = await trx.selectFrom('devices').select((eb) => eb.fn.max('seat').as('seat')).where('org_path', '=', row.org_path).executeTakeFirst();
    const seat = Number(last?.seat ?? 0) + 1;
    await trx
      .insertInto('devices')
      .values({ id: deviceId, org_path: row.org_path, label, credential_hash: hashSecret(credential), created_at: at, revoked_at: null, last_seq_applied: 0, last_seen_at: null, seat })
      .execute();
    return { deviceId, credential, orgPath: row.org_path, seat };
  });
}

export interface Device {
  id: string;
  orgPath: OrgPath;
  label: string | null;
  createdAt: string;
  revokedAt: string | null;
  lastSeqApplied: number;
  lastSeenAt: string | null;
  seat: number | null;
}

type DeviceRow = { id: string; org_path: string; label: string | null; created_at: string; revoked_at: string | null; last_seq_applied: number; last_seen_at: string | null; seat: number | null };

function toDevice(r: DeviceRow): Device {
  return { id: r.id, orgPath: r.org_path, label: r.label, createdAt: r.created_at, revokedAt: r.revoked_at, lastSeqApplied: Number(r.last_seq_applied), lastSeenAt: r.last_seen_at, seat: r.seat === null ? null : Number(r.seat) };
}

const DEVICE_COLUMNS = ['id', 'org_path', 'label', 'created_at', 'revoked_at', 'last_seq_applied', 'last_seen_at', 'seat'] as const;

export async function listDevices(store: Store): Promise<Device[]> {
  const rows = await store.db.selectFrom('devices').select(DEVICE_COLUMNS).orderBy('org_path').orderBy('created_at').execute();
  return rows.map(toDevice);
}

/** Revokes a device; false when there is no such device. Revoking twice keeps the first time. */
export async function revokeDevice(store: Store, deviceId: string, now = Date.now()): Promise<boolean> {
  const found = await store.db.selectFrom('devices').select('id').where('id', '=', deviceId).executeTakeFirst();
  if (!found) return false;
  await store.db.updateTable('devices').set({ revoked_at: new Date(now).toISOString() }).where('id', '=', deviceId).where('revoked_at', 'is', null).execute();
  return true;
}

export interface CodeInfo {
  id: string;
  orgPath: OrgPath;
  label: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
  deviceId: string | null;
  revokedAt: string | null;
}

export async function listCodes(store: Store): Promise<CodeInfo[]> {
  const rows = await store.db.selectFrom('enrolment_codes').selectAll().orderBy('created_at', 'desc').execute();
  return rows.map((r) => ({ id: r.id, orgPath: r.org_path, label: r.label, createdAt: r.created_at, expiresAt: r.expires_at, usedAt: r.used_at, deviceId: r.device_id, revokedAt: r.revoked_at }));
}

/** Withdraws an unused code; false when there is no such unused code. */
export async function revokeCode(store: Store, codeId: string, now = Date.now()): Promise<boolean> {
  const r = await store.db
    .updateTable('enrolment_codes')
    .set({ revoked_at: new Date(now).toISOString() })
    .where('id', '=', codeId)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** The org units a device and a code belong to, for the administrator's scope check; undefined when unknown. */
export async function deviceOrgPath(store: Store, deviceId: string): Promise<OrgPath | undefined> {
  return (await store.db.selectFrom('devices').select('org_path').where('id', '=', deviceId).executeTakeFirst())?.org_path;
}

export async function codeOrgPath(store: Store, codeId: string): Promise<OrgPath | undefined> {
  return (await store.db.selectFrom('enrolment_codes').select('org_path').where('id', '=', codeId).executeTakeFirst())?.org_path;
}

export type Authenticated = { ok: true; device: Device } | { ok: false; reason: 'unknown' | 'revoked'; revokedAt?: string };

/** The device a bearer credential belongs to; refused when unknown or revoked. */
export async function authenticate(store: Store, credential: string): Promise<Authenticated> {
  const row = await store.db.selectFrom('devices').select(DEVICE_COLUMNS).where('credential_hash', '=', hashSecret(credential)).executeTakeFirst();
  if (!row) return { ok: false, reason: 'unknown' };
  if (row.revoked_at) return { ok: false, reason: 'revoked', revokedAt: row.revoked_at };
  return { ok: true, device: toDevice(row) };
}
