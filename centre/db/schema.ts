/**
 * The centre's tables as Kysely sees them. Column types are chosen so SQLite and PostgreSQL
 * return the same JavaScript values: JSON travels as text, flags as 0/1 integers, times as
 * ISO-8601 text, and PostgreSQL's bigint is parsed to a number (see dialect.ts).
 */
import type { Generated } from 'kysely';

/** The current state of every synced record, whatever its table (SyncedTables). */
export interface RecordsTable {
  tbl: string;
  id: string;
  org_path: string;
  /** The whole record as JSON. */
  data: string;
  /** `{ field: hlc }` as JSON: the clock of the last write to each field, for per-field merges. */
  field_clocks: string;
  deleted: number;
  /** Change-log sequence of the last change to this record. */
  updated_seq: number;
}

/** 变更日志 the append-only change log; `seq` is the global order stations pull by. */
export interface ChangesTable {
  seq: Generated<number>;
  tbl: string;
  id: string;
  org_path: string;
  /** The fields this change set, as JSON. */
  fields: string;
  hlc: string;
  /** Device that pushed the change; null for changes made by the centre itself. */
  device_id: string | null;
  at: string;
}

/** 设备 an enrolled station device; the credential is stored only as a hash. */
export interface DevicesTable {
  id: string;
  org_path: string;
  label: string | null;
  credential_hash: string;
  created_at: string;
  revoked_at: string | null;
  /** Highest per-device mutation sequence applied, stored with the changes it applied. */
  last_seq_applied: number;
  last_seen_at: string | null;
  /** The device's place among its unit's PCs, from 1 (migration 20261129_000000_device_seat). */
  seat: number | null;
}

/** 注册码 a one-time enrolment code for an org unit, stored only as a hash. */
export interface EnrolmentCodesTable {
  id: string;
  org_path: string;
  code_hash: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
  device_id: string | null;
  revoked_at: string | null;
  /** Whom the administrator made it for (free text). */
  label: string | null;
}

/** A mutation the centre refused for good, kept so a retried push answers the same. */
export interface PushRejectionsTable {
  device_id: string;
  seq: number;
  mutation_id: string;
  code: string;
  message: string;
  at: string;
}

/** 管理员账户 a centre administrator: the whole city, or one county (migration 20261204_000200_admin_accounts). */
export interface AdminAccountsTable {
  id: string;
  name: string;
  /** scrypt, with its parameters and salt (centre/accounts/password.ts). */
  password_hash: string;
  role: 'city' | 'county';
  county_path: string | null;
  created_at: string;
  updated_at: string;
  disabled_at: string | null;
  failed_sign_ins: number;
  locked_until: string | null;
  last_sign_in_at: string | null;
}

/** A signed-in administrator's session; the cookie's id is stored only as its SHA-256. */
export interface AdminSessionsTable {
  id_hash: string;
  account_id: string;
  created_at: string;
  last_seen_at: string;
}

/** 审计 what an administrator did. */
export interface AdminAuditTable {
  id: Generated<number>;
  at: string;
  actor_id: string;
  actor_name: string;
  action: string;
  target: string | null;
  /** JSON object. */
  details: string;
  address: string | null;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface Schema {
  records: RecordsTable;
  changes: ChangesTable;
  devices: DevicesTable;
  enrolment_codes: EnrolmentCodesTable;
  push_rejections: PushRejectionsTable;
  admin_accounts: AdminAccountsTable;
  admin_sessions: AdminSessionsTable;
  admin_audit: AdminAuditTable;
  meta: MetaTable;
}

export type StoreKind = 'sqlite' | 'postgres';
