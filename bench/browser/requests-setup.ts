/**
 * The station database of benches `requests` and `dashboard`: the demo city's requests written
 * raw with bulkPut in chunks (set-up speed, not the data layer's cost, which bench `write`
 * measures). It is kept in the persistent bench profile and reused when a database with the same
 * size, seed and schema already exists, so only the first run pays the load; a load cut short
 * resumes where it stopped, and `--partial 1` measures on what is loaded so far.
 *
 * The rows go in through a second, plain connection that has none of the station's DBCore
 * middlewares, and the dashboard aggregates are then rebuilt from one scan — the same
 * `rebuildInto` a schema upgrade and the dashboard's repair button use. Through the upkeep the
 * load ran at ~300 requests/s here (an hour for a million); the upkeep's cost per write is what
 * bench `dashboard` prints as its write cost, and its correctness is unit-tested against a scan.
 */
import Dexie from 'dexie';
import { LianxinDb } from '../../renderer/src/db/schema';
import { SCHEMA_VERSIONS, impliedHolder } from '../../renderer/src/db/migrations';
import { demoCity, type DemoCity } from '../../shared/demo';
import { rebuildAggregates } from '../../renderer/src/features/dashboard/aggregates/rebuild';
import { round, time } from './timing';

const CHUNK = 5_000;

/** Where the demo city's clock stands: fixed, so a database built yesterday is still the same one. */
export const BENCH_NOW = Date.parse('2026-11-28T16:00:00.000Z');

function rowsOf(city: DemoCity, from: number, to: number) {
  const rows = [];
  for (const r of city.requests(from, to)) {
    (r as typeof r & { _hlc: string })._hlc = '0';
    r.holderPath = impliedHolder(r);
    rows.push(r as typeof r & { _hlc: string });
  }
  return rows;
}

/**
 * `partial`: measure on the requests loaded so far, without loading more — a million requests
 * take hours to load on a shared 2-core machine (IndexedDB's own write rate falls as the database
 * grows), so a long load is spread over several runs and can be measured on the way.
 */
export async function stationDb(requests: number, partial = false): Promise<LianxinDb> {
  const name = `bench-requests-${requests}`;
  // Keyed by the requests table's indexes, not the newest schema version: a version that adds
  // other tables upgrades this database in place instead of forcing an hour-long reload.
  const stamp = `${requests}:${BENCH_NOW}:${requestIndexes()}`;
  const db = new LianxinDb(name);
  await db.open();
  if ((await db.meta.get('bench'))?.value === stamp) {
    console.log(`reusing the station database ${name} (${await db.synced('requests').count()} requests); delete .bench/profile to rebuild`);
    return db;
  }
  if (partial) {
    const held = await db.synced('requests').count();
    if (held === 0) throw new Error(`${name} holds no requests yet: run without --partial to load them`);
    // The aggregates follow the rows only after a finished load: rebuilt once per partial size.
    if ((await db.meta.get('bench-aggregated'))?.value !== held) {
      console.log(`rebuilding the dashboard aggregates over the ${held} requests held: ${round(await time(() => rebuildAggregates(db)))} ms`);
      await db.meta.put({ key: 'bench-aggregated', value: held });
    }
    console.log(`measuring a partial load: ${held} of ${requests} requests (run without --partial to load the rest)`);
    return db;
  }
  // A load cut short (the session ended, the machine rebooted) resumes. Rows [0, front) and
  // [back, requests) are held, and `bench-loaded` records both bounds in the same transaction as
  // each chunk; the demo city is deterministic, so the rows held are exactly those. The load
  // goes newest first (from the back), so a partial load already fills the last twelve months
  // the dashboard shows and the open requests the desk counts.
  const held = await db.synced('requests').count();
  const loading = (await db.meta.get('bench-loading'))?.value;
  const recorded = (await db.meta.get('bench-loaded'))?.value as { front: number; back: number } | undefined;
  // A database from the first, oldest-first loader holds a prefix and no bounds.
  const bounds = recorded ?? (held % CHUNK === 0 ? { front: held, back: requests } : undefined);
  const resume = held > 0 && bounds !== undefined && bounds.front + requests - bounds.back === held && (loading === stamp || loading === undefined);
  if (!resume) {
    await db.delete();
    await db.open();
  }
  await db.meta.put({ key: 'bench-loading', value: stamp });
  db.close();
  // Dexie opens an existing database without a declared schema ("dynamic mode"): no middlewares.
  const plain = new Dexie(name);
  await plain.open();
  const city = demoCity({ requests, now: BENCH_NOW });
  const start = performance.now();
  const front = resume ? bounds!.front : 0;
  let back = resume ? bounds!.back : requests;
  if (resume) console.log(`resuming an interrupted load: ${held} / ${requests} requests held`);
  for (let n = 1; back > front; n++) {
    const from = Math.max(front, back - CHUNK);
    const rows = rowsOf(city, from, back);
    await plain.transaction('rw', ['requests', 'meta'], async () => {
      await plain.table('requests').bulkPut(rows);
      await plain.table('meta').put({ key: 'bench-loaded', value: { front, back: from } });
    });
    back = from;
    if (n % 10 === 0 || back <= front) {
      const s = (performance.now() - start) / 1000;
      const now = front + requests - back;
      console.log(`loaded ${now} / ${requests} requests in ${round(s)} s (${Math.round((now - (resume ? held : 0)) / s)} requests/s)`);
    }
  }
  plain.close();
  await db.open();
  const rows = await rebuildAggregates(db);
  console.log(`dashboard aggregates rebuilt from a scan: ${rows} rows, ${round((performance.now() - start) / 1000)} s in all`);
  await db.meta.put({ key: 'bench', value: stamp });
  return db;
}

function requestIndexes(): string {
  return [...SCHEMA_VERSIONS].reverse().find((v) => v.stores.requests)!.stores.requests!;
}

/** What the version-2 indexes cost on every write: 20,000 requests bulkPut into each schema. */
export async function writeCost(): Promise<{ v1: number; v2: number }> {
  const city = demoCity({ requests: 20_000, now: BENCH_NOW });
  const rows = rowsOf(city, 0, 20_000);
  const once = async (stores: Record<string, string>) => {
    await Dexie.delete('bench-write-cost');
    const db = new Dexie('bench-write-cost');
    db.version(1).stores({ requests: stores.requests! });
    await db.open();
    const ms = await time(async () => {
      for (let i = 0; i < rows.length; i += CHUNK) await db.table('requests').bulkPut(rows.slice(i, i + CHUNK));
    });
    db.close();
    await Dexie.delete('bench-write-cost');
    return ms;
  };
  const v1 = await once(SCHEMA_VERSIONS[0]!.stores);
  // The newest version that declares the requests table's indexes.
  const v2 = await once([...SCHEMA_VERSIONS].reverse().find((v) => v.stores.requests)!.stores);
  return { v1, v2 };
}
