/**
 * Administrator accounts (the issue "The installed station joins the real network"): people
 * sign in to /admin by name and password instead of sharing the one admin token, which stays
 * for first set-up and scripts. Sessions are kept by the hash of their id; the audit table
 * records what each administrator did. Times are ISO-8601 text like every other table.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../schema';

export function adminAccounts(kind: StoreKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('admin_accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('city', 'county')`))
        // A county administrator's county (JX/NH); null for a city administrator.
        .addColumn('county_path', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('disabled_at', 'text')
        .addColumn('failed_sign_ins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'text')
        .addColumn('last_sign_in_at', 'text')
        .addCheckConstraint('admin_accounts_county', sql`(role = 'city' and county_path is null) or (role = 'county' and county_path is not null)`)
        .execute();
      await db.schema
        .createTable('admin_sessions')
        .addColumn('id_hash', 'text', (c) => c.primaryKey())
        .addColumn('account_id', 'text', (c) => c.notNull().references('admin_accounts.id').onDelete('cascade'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('admin_sessions_account').on('admin_sessions').column('account_id').execute();
      await db.schema
        .createTable('admin_audit')
        .addColumn('id', kind === 'postgres' ? 'bigserial' : 'integer', (c) => (kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('at', 'text', (c) => c.notNull())
        // The account's id, or 'token' for a call made with the admin token.
        .addColumn('actor_id', 'text', (c) => c.notNull())
        // The name as it was then, so a later rename or a removed account leaves the row readable.
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('details', 'text', (c) => c.notNull())
        .addColumn('address', 'text')
        .execute();
      await db.schema.createIndex('admin_audit_at').on('admin_audit').column('at').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('admin_audit').execute();
      await db.schema.dropTable('admin_sessions').execute();
      await db.schema.dropTable('admin_accounts').execute();
    },
  };
}
