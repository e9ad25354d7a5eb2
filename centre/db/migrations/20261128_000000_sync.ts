/**
 * Sync (issue 5): an index from a request to its events, a note on each enrolment code so the administrator knows whom it was for,
 * and the rejections of each push kept per device, so a retried batch whose first answer was
 * lost gets the same rejections again instead of a silent acknowledgement.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../schema';
import { eventRequestId } from '../json';

export function sync(kind: StoreKind): Migration {
  return {
  async up(db: Kysely<unknown>) {
    // A request's events are read after every event pushed (to derive its status): without
    // this index that is a scan of every event in the city.
    await sql`create index records_event_request on records (${eventRequestId(kind)}) where tbl = 'requestEvents'`.execute(db);
    await db.schema.alterTable('enrolment_codes').addColumn('label', 'text').execute();
    await db.schema
      .createTable('push_rejections')
      .addColumn('device_id', 'text', (c) => c.notNull())
      .addColumn('seq', 'bigint', (c) => c.notNull())
      .addColumn('mutation_id', 'text', (c) => c.notNull())
      .addColumn('code', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('push_rejections_pk', ['device_id', 'seq'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('push_rejections').execute();
    await db.schema.alterTable('enrolment_codes').dropColumn('label').execute();
    await db.schema.dropIndex('records_event_request').execute();
  },
  };
}
