import { Migrator, sql, type Kysely } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { STORE_KINDS, useTestStore, type TestStore } from '../testing/test-store';
import { sampleRecord, sampleRecords } from '../testing/records';
import { countChanges, countRecords, openStore, readRecord, writeRecords, type Store } from './store';
import { getMeta, META_SCHEMA_VERSION } from './meta';
import { migrationProvider, SCHEMA_VERSION } from './migrations/index';
import { StoreInputError } from './record-check';
import { fieldClock } from './field-clocks';
import type { StoreKind } from './schema';
import type { BaseRecord } from '../../shared/domain/entities';

/** A dump of everything a store holds that must not depend on the dialect. */
async function dump(store: Store): Promise<unknown> {
  const records = await store.db.selectFrom('records').select(['tbl', 'id', 'org_path', 'data', 'deleted', 'updated_seq']).orderBy('tbl').orderBy('id').execute();
  const changes = await store.db.selectFrom('changes').select(['seq', 'tbl', 'id', 'org_path', 'fields', 'device_id']).orderBy('seq').execute();
  return { records, changes, counts: [await countRecords(store), await countRecords(store, 'volunteers'), await countChanges(store)] };
}
const dumps = new Map<StoreKind, unknown>();

/** Makes the store itself refuse one record id, so a failure happens mid-transaction. */
async function refuseRecordInDatabase(t: TestStore, id: string): Promise<void> {
  const db = t.store.db;
  if (t.store.kind === 'sqlite') {
    await sql.raw(`CREATE TRIGGER refuse_one BEFORE INSERT ON records WHEN NEW.id = '${id}' BEGIN SELECT RAISE(ABORT, 'refused by test trigger'); END`).execute(db);
  } else {
    await sql.raw(`CREATE FUNCTION refuse_one() RETURNS trigger AS $$ BEGIN IF NEW.id = '${id}' THEN RAISE EXCEPTION 'refused by test trigger'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`).execute(db);
    await sql.raw('CREATE TRIGGER refuse_one BEFORE INSERT ON records FOR EACH ROW EXECUTE FUNCTION refuse_one()').execute(db);
  }
}

describe.each(STORE_KINDS)('store on %s', (kind) => {
  const t = useTestStore(kind);

  it('migrates an empty store to the current schema, and reopening changes nothing', async () => {
    const tables = (await t.store.db.introspection.getTables()).map((x) => x.name);
    expect(tables).toEqual(expect.arrayContaining(['records', 'changes', 'devices', 'enrolment_codes', 'meta']));
    expect(await getMeta(t.store.db, META_SCHEMA_VERSION)).toBe(SCHEMA_VERSION);
    expect(t.store.kind).toBe(kind);
    const again = await openStore(t.location);
    expect(await countRecords(again)).toBe(0);
    await again.close();
  });

  it('upgrades a store left at an older migration', async () => {
    const migrator = new Migrator({ db: t.store.db, provider: migrationProvider(kind) });
    const down = await migrator.migrateTo('20261128_000000_sync');
    expect(down.error).toBeUndefined();
    // Every migration after the target is undone, newest first (so each one's down must work).
    const newer = Object.keys(await migrationProvider(kind).getMigrations()).filter((name) => name > '20261128_000000_sync').reverse();
    expect(newer[0]).toBe(SCHEMA_VERSION);
    expect(down.results?.map((r) => `${r.migrationName} ${r.direction} ${r.status}`)).toEqual(newer.map((name) => `${name} Down Success`));
    // PCs enrolled before seats existed get them in the order they enrolled, per unit.
    await t.store.db.deleteFrom('devices').execute();
    const device = (id: string, org_path: string, created_at: string) => ({ id, org_path, label: null, credential_hash: `h-${id}`, created_at, revoked_at: null, last_seq_applied: 0, last_seen_at: null });
    await (t.store.db as unknown as Kysely<{ devices: ReturnType<typeof device> }>)
      .insertInto('devices')
      .values([device('dev_b', 'JX/NH', '2026-03-01T00:00:00.000Z'), device('dev_a', 'JX/NH', '2026-02-01T00:00:00.000Z'), device('dev_c', 'JX/HN', '2026-03-01T00:00:00.000Z')])
      .execute();
    const upgraded = await openStore(t.location);
    const seats = await upgraded.db.selectFrom('devices').select(['id', 'seat']).orderBy('id').execute();
    expect(seats.map((d) => `${d.id}#${d.seat}`)).toEqual(['dev_a#1', 'dev_b#2', 'dev_c#1']);
    await upgraded.db.deleteFrom('devices').execute();
    const applied = (await new Migrator({ db: upgraded.db, provider: migrationProvider(kind) }).getMigrations()).filter((m) => m.executedAt);
    expect(applied.map((m) => m.name).at(-1)).toBe(SCHEMA_VERSION);
    await upgraded.close();
  });

  it('writes records with one change-log row each and reads them back', async () => {
    await t.clear();
    const result = await writeRecords(t.store, 'volunteers', sampleRecords(1200));
    expect(result.written).toBe(1200);
    expect(await countRecords(t.store, 'volunteers')).toBe(1200);
    expect(await countRecords(t.store, 'teams')).toBe(0);
    expect(await countChanges(t.store)).toBe(1200);

    const stored = await readRecord(t.store, 'volunteers', 'rec-000007');
    expect(stored?.record).toEqual(sampleRecord(7));
    expect(stored?.deleted).toBe(false);
    const last = await readRecord(t.store, 'volunteers', 'rec-001199');
    expect(last?.updatedSeq).toBe(result.lastSeq);
    expect(fieldClock(stored!.fieldClocks, 'name')).toMatch(/-centre$/);
    expect(await readRecord(t.store, 'volunteers', 'nope')).toBeUndefined();
  });

  it('a rewrite replaces the record, logs a later change and moves its clock forward', async () => {
    const before = (await readRecord(t.store, 'volunteers', 'rec-000007'))!;
    const { lastSeq } = await writeRecords(t.store, 'volunteers', [sampleRecord(7, { name: '改名', deleted: true })]);
    const after = (await readRecord(t.store, 'volunteers', 'rec-000007'))!;
    expect(after.record).toMatchObject({ name: '改名' });
    expect(after.deleted).toBe(true);
    expect(after.updatedSeq).toBe(lastSeq);
    expect(lastSeq).toBeGreaterThan(before.updatedSeq);
    expect(fieldClock(after.fieldClocks, 'name')! > fieldClock(before.fieldClocks, 'name')!).toBe(true);
    expect(await countRecords(t.store, 'volunteers')).toBe(1199);
  });

  it('refuses a batch with a malformed record and writes none of it', async () => {
    const [records, changes] = [await countRecords(t.store), await countChanges(t.store)];
    const bad = [...sampleRecords(3, 5000), { ...sampleRecord(5003), orgPath: 'nowhere' }, sampleRecord(5004)];
    await expect(writeRecords(t.store, 'teams', bad)).rejects.toThrow(/teams\[3\]: orgPath/);
    const twice = [sampleRecord(6000), sampleRecord(6001), sampleRecord(6000)];
    await expect(writeRecords(t.store, 'teams', twice)).rejects.toThrow(StoreInputError);
    await expect(writeRecords(t.store, 'nonsense' as 'teams', [sampleRecord(1)])).rejects.toThrow(/Unknown table/);
    const noId = [{ ...sampleRecord(7000), id: '' }] as BaseRecord[];
    await expect(writeRecords(t.store, 'teams', noId)).rejects.toThrow(/id must be/);
    expect([await countRecords(t.store), await countChanges(t.store)]).toEqual([records, changes]);
  });

  it('rolls back records and change log together when the database fails mid-batch', async () => {
    const [records, changes] = [await countRecords(t.store), await countChanges(t.store)];
    // The third statement chunk fails, after two chunks of records and changes were inserted.
    await refuseRecordInDatabase(t, 'rec-021100');
    await expect(writeRecords(t.store, 'residents', sampleRecords(1200, 20000))).rejects.toThrow(/refused by test trigger/);
    expect([await countRecords(t.store), await countChanges(t.store)]).toEqual([records, changes]);
    expect(await readRecord(t.store, 'residents', 'rec-020000')).toBeUndefined();
    // The store is still usable afterwards.
    await writeRecords(t.store, 'residents', sampleRecords(3, 30000));
    expect(await countRecords(t.store, 'residents')).toBe(3);
  });

  it('produces a dialect-independent result', async () => {
    await t.clear();
    await writeRecords(t.store, 'volunteers', sampleRecords(20));
    await writeRecords(t.store, 'teams', sampleRecords(5, 100));
    await writeRecords(t.store, 'volunteers', [sampleRecord(3, { deleted: true })], { deviceId: 'device-1' });
    const d = (await dump(t.store)) as { records: { updated_seq: number }[]; changes: { seq: number }[] };
    // Sequences start wherever earlier tests left them (PostgreSQL does not give back numbers
    // of rolled-back transactions, SQLite does); compare them relative to the first.
    const first = d.changes[0]!.seq;
    dumps.set(kind, {
      ...d,
      records: d.records.map((r) => ({ ...r, updated_seq: r.updated_seq - first })),
      changes: d.changes.map((c) => ({ ...c, seq: c.seq - first })),
    });
  });
});

describe('both stores', () => {
  afterAll(() => dumps.clear());
  it('hold identical data after the same writes', () => {
    expect(dumps.size).toBe(2);
    expect(dumps.get('postgres')).toEqual(dumps.get('sqlite'));
  });
});
