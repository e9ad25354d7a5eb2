/**
 * `write`: N volunteers written through the data layer (record + outbox mutation in one
 * transaction) against a raw Dexie bulkPut of the same records, same chunking, same browser.
 * Rounds alternate which goes first so neither always meets a warmer disk cache.
 */
import { LianxinDb } from '../../renderer/src/db/schema';
import { DataLayer, type NewRecord } from '../../renderer/src/db/data-layer';
import { demoCity } from '../../shared/demo';
import { median, round, time } from './timing';

const CHUNK = 2_000;

async function fresh(name: string): Promise<LianxinDb> {
  await new LianxinDb(name).delete();
  const db = new LianxinDb(name);
  await db.open();
  return db;
}

async function viaDataLayer(rows: NewRecord<'volunteers'>[]): Promise<number> {
  const db = await fresh('bench-layer');
  const data = new DataLayer(db);
  const ms = await time(async () => {
    for (let i = 0; i < rows.length; i += CHUNK) await data.createMany({ operatorId: 'bench' }, 'volunteers', rows.slice(i, i + CHUNK));
  });
  if ((await data.pendingCount()) !== rows.length) throw new Error('outbox incomplete');
  db.close();
  return ms;
}

async function rawBulkPut(rows: NewRecord<'volunteers'>[]): Promise<number> {
  const db = await fresh('bench-raw');
  const table = db.synced('volunteers');
  const stamped = rows.map((r) => ({ ...r, id: r.id!, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'bench', _hlc: '0' }));
  const ms = await time(async () => {
    for (let i = 0; i < stamped.length; i += CHUNK) await table.bulkPut(stamped.slice(i, i + CHUNK));
  });
  db.close();
  return ms;
}

(window as unknown as { bench: unknown }).bench = async ({ records, rounds }: { records: number; rounds: number }) => {
  const city = demoCity({ volunteers: records });
  const rows: NewRecord<'volunteers'>[] = [];
  for (const v of city.volunteers(0, records)) {
    const { createdAt: _c, updatedAt: _u, updatedBy: _b, ...fields } = v;
    rows.push(fields);
  }
  const layer: number[] = [];
  const raw: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) {
      raw.push(await rawBulkPut(rows));
      layer.push(await viaDataLayer(rows));
    } else {
      layer.push(await viaDataLayer(rows));
      raw.push(await rawBulkPut(rows));
    }
    console.log(`round ${r + 1}: data layer ${round(layer.at(-1)!)} ms, raw bulkPut ${round(raw.at(-1)!)} ms`);
  }
  const value = median(layer);
  const baseline = median(raw);
  console.log(`${records} volunteers: data layer ${round(value)} ms (${Math.round(records / (value / 1000))} rows/s), raw Dexie bulkPut ${round(baseline)} ms`);
  return { unit: 'ms', value: round(value), baseline: round(baseline), records, rounds, target: 1.5 };
};
