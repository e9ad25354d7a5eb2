/**
 * The station's local database: one Dexie database holding every entity of DOMAIN.md,
 * the local-only tables (operators, outbox, meta, drafts) and a versioned migration path.
 *
 * Index strings live in migrations.ts, one block per schema version; add a version there,
 * never edit a published one.
 */
import Dexie, { type Table } from 'dexie';
import { volunteerSkillPlaces } from '../features/dispatch-suggestions/skill-places';
import type { Operator, SyncedTableName, SyncedTables } from '../../../shared/domain/entities';
import type { Mutation } from '../../../shared/sync/mutation';
import { applyMigrations } from './migrations';
import { pointsUpkeep } from '../features/points/tallies/upkeep';
import { dashboardUpkeep } from '../features/dashboard/aggregates/upkeep';

/** Sync bookkeeping kept on every synced record (not part of the domain type). */
export interface SyncMeta {
  /** HLC of the record's creation; the clock of every field without its own entry in `_clocks`. */
  _hlc: string;
  /** HLC per field changed after creation (per-field last-writer-wins). */
  _clocks?: Record<string, string>;
}
export type Stored<T> = T & SyncMeta;

/**
 * The mutations of one write transaction, waiting in the outbox. One row per transaction
 * rather than per mutation: IndexedDB's cost is mostly per row, so a 2,000-record import
 * appends one row, not 2,000 (bench `write`). Keyed by the first mutation's sequence number;
 * the mutations inside carry consecutive numbers `seq…lastSeq`.
 */
export interface OutboxBatch {
  seq: number;
  lastSeq: number;
  mutations: Mutation[];
  operatorId: string;
  at: string;
}

/** Key/value bookkeeping of this device: id, sequence counter, clock, station. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** A half-typed form kept so that a crash or a closed window loses nothing. */
export interface Draft {
  key: string;
  operatorId: string;
  value: unknown;
  savedAt: string;
}

export type SyncedTableMap = { [K in SyncedTableName]: Table<Stored<SyncedTables[K]>, string> };

export class LianxinDb extends Dexie {
  operators!: Table<Operator, string>;
  outbox!: Table<OutboxBatch, number>;
  meta!: Table<MetaRow, string>;
  drafts!: Table<Draft, string>;

  constructor(name = 'lianxin') {
    super(name);
    applyMigrations(this);
    // Every write of `serviceRecords`, from any path, also updates the points tallies in the
    // same transaction (features/points/tallies/upkeep.ts).
    this.use(pointsUpkeep);
    // Every write of `requests`, from any path, also updates the dashboard's aggregates in the
    // same transaction (features/dashboard/aggregates/upkeep.ts).
    this.use(dashboardUpkeep);
    // Volunteers carry their `skill|service point` keys for dispatch suggestions (v9).
    this.use(volunteerSkillPlaces);
  }

  /** A synced table by name, typed. */
  synced<K extends SyncedTableName>(name: K): SyncedTableMap[K] {
    return this.table(name) as unknown as SyncedTableMap[K];
  }
}
