/**
 * Version skew (ARCHITECTURE.md): a station behind the centre keeps syncing and is told to
 * update. "Behind" means an app older than the centre's own release, or a local schema older
 * than the newest one any station has pushed with — the centre cannot read the station's
 * schema number from its own code, but the first updated station tells it.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../db/schema';
import { getMeta, setMeta } from '../db/meta';
import { CENTRE_VERSION, compareVersions } from '../version';

const META_NEWEST_SCHEMA = 'station_schema_version';

export async function updateAvailable(db: Kysely<Schema>, station: { appVersion: string; schemaVersion: number }): Promise<boolean> {
  const newest = Number((await getMeta(db, META_NEWEST_SCHEMA)) ?? 0);
  if (station.schemaVersion > newest) await setMeta(db, META_NEWEST_SCHEMA, String(station.schemaVersion));
  return compareVersions(station.appVersion, CENTRE_VERSION) < 0 || station.schemaVersion < newest;
}
