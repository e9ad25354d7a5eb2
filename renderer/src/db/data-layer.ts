/**
 * The one way data changes on a station. Every write puts the record AND appends a mutation
 * to the outbox in the same Dexie transaction (ARCHITECTURE.md, "Data on a station"): if the
 * transaction aborts, neither remains. Screens, importers and the demo loader all call this.
 */
import type { BaseRecord, SyncedTableName, SyncedTables } from '../../../shared/domain/entities';
import type { Mutation } from '../../../shared/sync/mutation';
import type { LianxinDb, Stored } from './schema';
import { Writer } from './writer';
import { peekDevice, readDevice, writeDevice } from './device';

/** Who is making a change: recorded on the record and in the outbox. */
export interface Actor {
  operatorId: string;
}

/** Fields a caller supplies for a new record; the data layer fills in the bookkeeping. */
export type NewRecord<K extends SyncedTableName> = Omit<SyncedTables[K], keyof BaseRecord> &
  Pick<BaseRecord, 'orgPath'> & { id?: string };
export type RecordChanges<K extends SyncedTableName> = Partial<Omit<SyncedTables[K], keyof BaseRecord | 'orgPath'>> & {
  orgPath?: string;
};

export class DataLayer {
  constructor(readonly db: LianxinDb) {}

  /**
   * Runs `work` in one read-write transaction over the named tables plus the outbox.
   * Any exception aborts it: no record and no outbox entry is written.
   */
  async transaction<R>(actor: Actor, tables: SyncedTableName[], work: (w: Writer) => Promise<R>): Promise<R> {
    const { db } = this;
    const stores = [...new Set(tables)].map((t) => db.table(t));
    return db.transaction('rw', [...stores, db.outbox, db.meta], async () => {
      const device = await readDevice(db.meta);
      const writer = new Writer(db, actor, device);
      const result = await work(writer);
      const mutations = writer.takeMutations();
      if (mutations.length > 0) {
        await db.outbox.add({
          seq: mutations[0]!.seq,
          lastSeq: mutations.at(-1)!.seq,
          mutations,
          operatorId: actor.operatorId,
          at: new Date().toISOString(),
        });
        await writeDevice(db.meta, writer.deviceState());
      }
      return result;
    });
  }

  create<K extends SyncedTableName>(actor: Actor, table: K, fields: NewRecord<K>): Promise<Stored<SyncedTables[K]>> {
    return this.transaction(actor, [table], (w) => w.create(table, fields));
  }

  createMany<K extends SyncedTableName>(actor: Actor, table: K, rows: NewRecord<K>[]): Promise<number> {
    return this.transaction(actor, [table], (w) => w.createMany(table, rows));
  }

  update<K extends SyncedTableName>(actor: Actor, table: K, id: string, changes: RecordChanges<K>): Promise<Stored<SyncedTables[K]>> {
    return this.transaction(actor, [table], (w) => w.update(table, id, changes));
  }

  remove<K extends SyncedTableName>(actor: Actor, table: K, id: string): Promise<void> {
    return this.transaction(actor, [table], (w) => w.remove(table, id));
  }

  /** Unacknowledged mutations in sequence order, at least `limit` of them when there are (whole batches). */
  async pending(limit = 500): Promise<Mutation[]> {
    const out: Mutation[] = [];
    await this.db.outbox.orderBy('seq').until(() => out.length >= limit).each((batch) => void out.push(...batch.mutations));
    return out;
  }

  /** How many mutations the centre has not yet acknowledged. */
  async pendingCount(): Promise<number> {
    const state = await peekDevice(this.db.meta);
    return state ? state.seq - state.ackedSeq : 0;
  }
}
