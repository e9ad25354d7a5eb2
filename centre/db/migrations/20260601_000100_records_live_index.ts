/**
 * Counting live records (health, statistics) scanned every row with its JSON: 2.5 s for the
 * full demo city. A covering index on (deleted, tbl) turns both "all live" and "live in one
 * table" into index range counts (~0.15 s for 1.2 million records).
 */
import type { Kysely, Migration } from 'kysely';

export const recordsLiveIndex: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.createIndex('records_deleted_tbl').on('records').columns(['deleted', 'tbl']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('records_deleted_tbl').execute();
  },
};
