/**
 * Every migration, listed by hand: a static provider works the same under tsx, a bundle or
 * a packaged build, where scanning a folder would not. Names are timestamps so they sort in
 * the order they must run; add new ones at the end and never edit an applied one.
 */
import type { Migration, MigrationProvider } from 'kysely';
import type { StoreKind } from '../schema';
import { initial } from './20260601_000000_initial';
import { recordsLiveIndex } from './20260601_000100_records_live_index';
import { sync } from './20261128_000000_sync';
import { deviceSeat } from './20261129_000000_device_seat';
import { creditSource } from './20261129_000100_credit_source';
import { adminAccounts } from './20261204_000200_admin_accounts';
import { orgChanges } from './20261204_000300_org_changes';

export function migrationProvider(kind: StoreKind): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '20260601_000000_initial': initial(kind),
    '20260601_000100_records_live_index': recordsLiveIndex,
    '20261128_000000_sync': sync(kind),
    '20261129_000000_device_seat': deviceSeat,
    '20261129_000100_credit_source': creditSource(kind),
    '20261204_000200_admin_accounts': adminAccounts(kind),
    '20261204_000300_org_changes': orgChanges(kind),
  };
  return { getMigrations: async () => migrations };
}

/** The schema version a store reaches after all migrations: the newest migration's name. */
export const SCHEMA_VERSION = '20261204_000300_org_changes';
