/**
 * The two stores behind one Kysely: SQLite (better-sqlite3) embedded by default, PostgreSQL
 * (pg) when a postgres:// URL is given. Everything above this file is dialect-free.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { PostgresDialect, SqliteDialect, type Dialect } from 'kysely';
import type { StoreKind } from './schema';

const PG_INT8_OID = 20;

export interface StoreLocation {
  /** `postgres://…` selects PostgreSQL; anything else is refused, absent means SQLite. */
  databaseUrl?: string | undefined;
  /** Folder of the SQLite file `centre.sqlite`; default `./data`. */
  dataDir?: string | undefined;
}

export interface OpenedDialect {
  kind: StoreKind;
  dialect: Dialect;
  /** Where the data lives, for the start-up line (the password is never printed). */
  where: string;
}

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//.test(url);
}

export function openDialect(loc: StoreLocation): OpenedDialect {
  if (loc.databaseUrl) {
    if (!isPostgresUrl(loc.databaseUrl)) throw new Error(`DATABASE_URL must start with postgres:// (got ${redact(loc.databaseUrl)})`);
    const pool = new pg.Pool({
      connectionString: loc.databaseUrl,
      max: 10,
      // Sequences and counts are bigint; they stay far below 2^53, and a number keeps the two
      // stores returning identical values.
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === PG_INT8_OID ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    return { kind: 'postgres', dialect: new PostgresDialect({ pool }), where: redact(loc.databaseUrl) };
  }
  const dir = resolve(loc.dataDir ?? './data');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'centre.sqlite');
  const database = new Database(file);
  // WAL lets readers (health, pulls) run while a batch is being written; NORMAL sync is
  // durable across process crashes, which is what WAL needs.
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('busy_timeout = 5000');
  // 64 MB of page cache (the default is 2 MB) keeps index pages of a city-sized store in memory.
  database.pragma('cache_size = -65536');
  return { kind: 'sqlite', dialect: new SqliteDialect({ database }), where: file };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
