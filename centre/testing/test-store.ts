/**
 * Test stores: every centre suite runs once on SQLite (a temp dir) and once on PostgreSQL (a
 * fresh, uniquely named database per test file, dropped afterwards). PostgreSQL being down is
 * a failure, not a skip: CI starts it, and a skipped half would hide store differences.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { openStore, type Store } from '../db/store';
import type { StoreLocation } from '../db/dialect';
import type { StoreKind } from '../db/schema';

export const STORE_KINDS: readonly StoreKind[] = ['sqlite', 'postgres'];

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres:postgres@127.0.0.1:5432/postgres';

export interface TestStore {
  readonly store: Store;
  /** Where the store lives, to open a second connection to the same data. */
  readonly location: StoreLocation;
  /** Empties every table, for tests that need to start from nothing. */
  clear(): Promise<void>;
}

async function withAdmin<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(
      `PostgreSQL is not reachable at ${TEST_DATABASE_URL.replace(/:[^:@/]*@/, ':***@')} (${(e as Error).message}). ` +
        'Start it (pg_ctlcluster 15 main start) or set TEST_DATABASE_URL; the PostgreSQL half of the suite must run.',
    );
  }
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A database URL with its database name replaced. */
function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Opens a fresh store of `kind` before the file's tests and removes it after them. */
export function useTestStore(kind: StoreKind): TestStore {
  let store: Store | undefined;
  let location: StoreLocation | undefined;
  let cleanup: () => Promise<void> = async () => {};
  beforeAll(async () => {
    if (kind === 'sqlite') {
      const dir = mkdtempSync(join(tmpdir(), 'lianxin-centre-'));
      location = { dataDir: dir };
      store = await openStore(location);
      cleanup = async () => rmSync(dir, { recursive: true, force: true });
    } else {
      const name = `lianxin_test_${process.pid}_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
      await withAdmin((c) => c.query(`CREATE DATABASE ${name}`));
      location = { databaseUrl: withDatabase(TEST_DATABASE_URL, name) };
      store = await openStore(location);
      cleanup = () => withAdmin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined);
    }
  });
  afterAll(async () => {
    await store?.close();
    await cleanup();
  });
  return {
    get store() {
      if (!store) throw new Error('test store is not open yet (use it inside a test or hook)');
      return store;
    },
    get location() {
      if (!location) throw new Error('test store is not open yet');
      return location;
    },
    async clear() {
      const db = this.store.db;
      for (const t of ['records', 'changes', 'devices', 'enrolment_codes', 'push_rejections'] as const) await db.deleteFrom(t).execute();
      await db.deleteFrom('meta').where('key', '=', 'demo_seed').execute();
    },
  };
}
