/**
 * Each enrolled device gets a seat (席位) number within its org unit: 1 for the unit's first
 * PC, 2 for the second, … never reused. A PC puts its seat into the request numbers it gives
 * (shared/requests/number.ts), so two PCs of one station taking calls between syncs cannot
 * hand out the same number. Devices already enrolled get seats in the order they enrolled.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const deviceSeat: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('devices').addColumn('seat', 'integer').execute();
    await sql`update devices set seat = (
      select count(*) from devices d where d.org_path = devices.org_path
        and (d.created_at < devices.created_at or (d.created_at = devices.created_at and d.id <= devices.id)))`.execute(db);
    await db.schema.createIndex('devices_org_seat').unique().on('devices').columns(['org_path', 'seat']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('devices_org_seat').execute();
    await db.schema.alterTable('devices').dropColumn('seat').execute();
  },
};
