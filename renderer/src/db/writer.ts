import type { SyncedTableName, SyncedTables } from '../../../shared/domain/entities';
import { newId } from '../../../shared/ids';
import type { HlcClock } from '../../../shared/clock/hlc';
import type { Actor, NewRecord, RecordChanges } from './data-layer';
import type { Mutation } from '../../../shared/sync/mutation';
import type { LianxinDb, Stored } from './schema';
import { clockFor, type DeviceState } from './device';

/** Raised when a change names a record that does not exist (or was deleted). */
export class RecordNotFoundError extends Error {
  constructor(readonly table: string, readonly id: string) {
    super(`${table} ${id} does not exist`);
    this.name = 'RecordNotFoundError';
  }
}

/** Fields that are bookkeeping, never user data: they do not travel as changes. */
const SYNC_FIELDS = new Set(['_hlc', '_clocks']);

/** Writes inside one DataLayer transaction, collecting the outbox entries to append. */
export class Writer {
  private readonly outbox: Mutation[] = [];
  private readonly clock: HlcClock;
  private seq: number;

  constructor(private readonly db: LianxinDb, private readonly actor: Actor, private readonly device: DeviceState) {
    this.clock = clockFor(device);
    this.seq = device.seq;
  }

  async create<K extends SyncedTableName>(table: K, fields: NewRecord<K>): Promise<Stored<SyncedTables[K]>> {
    const record = this.stamp(table, fields);
    await this.db.synced(table).add(record);
    return record;
  }

  async createMany<K extends SyncedTableName>(table: K, rows: NewRecord<K>[]): Promise<number> {
    const records = rows.map((r) => this.stamp(table, r));
    await this.db.synced(table).bulkAdd(records);
    return records.length;
  }

  async update<K extends SyncedTableName>(table: K, id: string, changes: RecordChanges<K>): Promise<Stored<SyncedTables[K]>> {
    const store = this.db.synced(table);
    const existing = await store.get(id);
    if (!existing || existing.deleted) throw new RecordNotFoundError(table, id);
    const changed: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(changes)) {
      if (value === undefined || SYNC_FIELDS.has(field) || field === 'id') continue;
      if (!sameValue((existing as unknown as Record<string, unknown>)[field], value)) changed[field] = value;
    }
    if (Object.keys(changed).length === 0) return existing;
    const hlc = this.clock.tick();
    changed.updatedAt = new Date().toISOString();
    changed.updatedBy = this.actor.operatorId;
    const clocks = { ...existing._clocks };
    for (const field of Object.keys(changed)) clocks[field] = hlc;
    const next = { ...existing, ...changed, _clocks: clocks } as Stored<SyncedTables[K]>;
    await store.put(next);
    this.append(table, id, next.orgPath, 'upsert', changed, hlc);
    return next;
  }

  async remove<K extends SyncedTableName>(table: K, id: string): Promise<void> {
    await this.update(table, id, { deleted: true } as unknown as RecordChanges<K>);
  }

  takeMutations(): Mutation[] {
    return this.outbox.splice(0);
  }

  deviceState(): DeviceState {
    return { ...this.device, seq: this.seq, hlc: this.clock.last };
  }

  private stamp<K extends SyncedTableName>(table: K, fields: NewRecord<K>): Stored<SyncedTables[K]> {
    const now = new Date().toISOString();
    const hlc = this.clock.tick();
    const record = {
      ...fields,
      id: fields.id ?? newId(),
      createdAt: now,
      updatedAt: now,
      updatedBy: this.actor.operatorId,
    } as unknown as SyncedTables[K];
    this.append(table, record.id, record.orgPath, 'upsert', record as unknown as Record<string, unknown>, hlc);
    return { ...record, _hlc: hlc } as Stored<SyncedTables[K]>;
  }

  private append(table: SyncedTableName, recordId: string, orgPath: string, op: 'upsert', fields: Record<string, unknown>, hlc: string) {
    this.seq += 1;
    this.outbox.push({
      mutationId: newId(),
      seq: this.seq,
      table,
      recordId,
      orgPath,
      op,
      fields,
      hlc,
      operatorId: this.actor.operatorId,
    });
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
