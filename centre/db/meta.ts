/** The `meta` key/value table: schema version, the centre's last HLC, the demo seed. */
import type { Kysely } from 'kysely';
import type { Schema } from './schema';

export const META_SCHEMA_VERSION = 'schema_version';
export const META_CENTRE_HLC = 'centre_hlc';
export const META_DEMO_SEED = 'demo_seed';

export async function getMeta(db: Kysely<Schema>, key: string): Promise<string | undefined> {
  const row = await db.selectFrom('meta').select('value').where('key', '=', key).executeTakeFirst();
  return row?.value;
}

export async function setMeta(db: Kysely<Schema>, key: string, value: string): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

export async function deleteMeta(db: Kysely<Schema>, key: string): Promise<void> {
  await db.deleteFrom('meta').where('key', '=', key).execute();
}
