/**
 * The first schema: generic records and the change log, so every table of SyncedTables fits
 * without a migration of its own, plus the device and enrolment tables that sync will use.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../schema';

export function initial(kind: StoreKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('records')
        .addColumn('tbl', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('org_path', 'text', (c) => c.notNull().check(sql`org_path <> ''`))
        .addColumn('data', 'text', (c) => c.notNull())
        .addColumn('field_clocks', 'text', (c) => c.notNull())
        .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0).check(sql`deleted in (0, 1)`))
        .addColumn('updated_seq', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('records_pk', ['tbl', 'id'])
        .execute();
      // Scope queries ask for one table under an org-path prefix.
      await db.schema.createIndex('records_tbl_org_path').on('records').columns(['tbl', 'org_path']).execute();

      // The sequence must be strictly increasing and never reused: AUTOINCREMENT on SQLite
      // (plain rowids may reuse the highest value after a delete), bigserial on PostgreSQL.
      await db.schema
        .createTable('changes')
        .addColumn('seq', kind === 'postgres' ? 'bigserial' : 'integer', (c) =>
          kind === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('tbl', 'text', (c) => c.notNull())
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('org_path', 'text', (c) => c.notNull())
        .addColumn('fields', 'text', (c) => c.notNull())
        .addColumn('hlc', 'text', (c) => c.notNull())
        .addColumn('device_id', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      // Pull pages walk the log by seq within an org-path prefix.
      await db.schema.createIndex('changes_org_path_seq').on('changes').columns(['org_path', 'seq']).execute();

      await db.schema
        .createTable('devices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_path', 'text', (c) => c.notNull())
        .addColumn('label', 'text')
        .addColumn('credential_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('last_seq_applied', 'bigint', (c) => c.notNull().defaultTo(0))
        .addColumn('last_seen_at', 'text')
        .execute();

      await db.schema
        .createTable('enrolment_codes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('org_path', 'text', (c) => c.notNull())
        .addColumn('code_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addColumn('device_id', 'text')
        .addColumn('revoked_at', 'text')
        .execute();

      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      for (const t of ['meta', 'enrolment_codes', 'devices', 'changes', 'records']) await db.schema.dropTable(t).execute();
    },
  };
}
