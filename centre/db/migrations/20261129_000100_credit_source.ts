/**
 * The service records that credit a request's completions are read after every push that
 * touches the request (centre/sync/credits.ts voids those of a completion that did not take
 * effect): without this index that is a scan of every service record in the city.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { StoreKind } from '../schema';
import { creditSourceId } from '../json';

export function creditSource(kind: StoreKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`create index records_credit_source on records (${creditSourceId(kind)}) where tbl = 'serviceRecords'`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropIndex('records_credit_source').execute();
    },
  };
}
