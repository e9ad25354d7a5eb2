/**
 * The records a push reads and writes, held in memory for the length of its transaction: read
 * in a few queries up front, merged in memory, then written as a few multi-row statements.
 * One query per mutation would make a 500-mutation push cost ~2,000 round trips.
 */
import type { Transaction } from 'kysely';
import type { SyncedTableName } from '../../shared/domain/entities';
import type { Schema, StoreKind } from '../db/schema';
import type { HeldRecord } from './merge';
import { eventsOfRequest } from './record-rows';
import { creditSourceId } from '../db/json';
import { upsertRecordRows } from '../db/store';
import { fieldsForLog } from '../db/photo-log';

/** Rows per statement: well under both stores' bound-parameter limits. */
const CHUNK = 500;

const keyOf = (tbl: string, id: string) => `${tbl}\u0000${id}`;

export interface PendingChange {
  tbl: SyncedTableName;
  id: string;
  fields: Record<string, unknown>;
  hlc: string;
  deviceId: string | null;
}

export class WorkingSet {
  private readonly held = new Map<string, HeldRecord | undefined>();
  private readonly eventsByRequest = new Map<string, Record<string, unknown>[]>();
  private readonly changes: PendingChange[] = [];
  private readonly dirty = new Set<string>();

  constructor(private readonly trx: Transaction<Schema>, private readonly kind: StoreKind) {}

  /** Loads the named records (those not loaded yet) in one query per table. */
  async load(keys: Iterable<{ tbl: SyncedTableName; id: string }>): Promise<void> {
    const byTable = new Map<string, Set<string>>();
    for (const { tbl, id } of keys) {
      if (this.held.has(keyOf(tbl, id))) continue;
      byTable.set(tbl, (byTable.get(tbl) ?? new Set()).add(id));
    }
    for (const [tbl, idSet] of byTable) {
      const ids = [...idSet];
      for (let i = 0; i < ids.length; i += CHUNK) {
        const slice = ids.slice(i, i + CHUNK);
        for (const id of slice) this.held.set(keyOf(tbl, id), undefined);
        const rows = await this.trx.selectFrom('records').select(['id', 'data', 'field_clocks']).where('tbl', '=', tbl).where('id', 'in', slice).execute();
        for (const r of rows) this.held.set(keyOf(tbl, r.id), { data: JSON.parse(r.data) as Record<string, unknown>, clocks: JSON.parse(r.field_clocks) as Record<string, string> });
      }
    }
  }

  async get(tbl: SyncedTableName, id: string): Promise<HeldRecord | undefined> {
    if (!this.held.has(keyOf(tbl, id))) await this.load([{ tbl, id }]);
    return this.held.get(keyOf(tbl, id));
  }

  /** The events of a request as the batch has them so far. */
  async events(requestId: string): Promise<Record<string, unknown>[]> {
    let list = this.eventsByRequest.get(requestId);
    if (!list) {
      list = await eventsOfRequest(this.trx, this.kind, requestId);
      // Events held in this batch's working set win over the stored copies.
      list = list.map((e) => this.held.get(keyOf('requestEvents', String(e.id)))?.data ?? e);
      this.eventsByRequest.set(requestId, list);
    }
    return list;
  }

  /** The service records crediting a request (centre/sync/credits.ts), as the batch has them so far. */
  async credits(requestId: string): Promise<{ id: string; record: HeldRecord }[]> {
    const stored = await this.trx.selectFrom('records').select('id').where('tbl', '=', 'serviceRecords').where(creditSourceId(this.kind), '=', requestId).execute();
    await this.load(stored.map((r) => ({ tbl: 'serviceRecords' as const, id: r.id })));
    // Also those this batch created, which are not stored yet.
    const prefix = keyOf('serviceRecords', '');
    const out: { id: string; record: HeldRecord }[] = [];
    for (const [key, record] of this.held) if (record && key.startsWith(prefix) && record.data.sourceId === requestId) out.push({ id: key.slice(prefix.length), record });
    return out;
  }

  /** Records a merged record and the change that made it. */
  async put(tbl: SyncedTableName, id: string, record: HeldRecord, change: PendingChange): Promise<void> {
    const key = keyOf(tbl, id);
    const isNew = this.held.get(key) === undefined;
    this.held.set(key, record);
    this.dirty.add(key);
    this.changes.push(change);
    if (tbl === 'requestEvents') {
      const requestId = String(record.data.requestId);
      const list = await this.events(requestId);
      const at = list.findIndex((e) => e.id === id);
      if (at >= 0) list[at] = record.data;
      else if (isNew) list.push(record.data);
    }
  }

  /** Writes the change-log rows, then the records with the seq of their last change. */
  async flush(at: string, beforeRecords?: () => void | Promise<void>): Promise<void> {
    const lastSeq = new Map<string, number>();
    for (let i = 0; i < this.changes.length; i += CHUNK) {
      const rows = this.changes.slice(i, i + CHUNK).map((c) => {
        const record = this.held.get(keyOf(c.tbl, c.id))?.data;
        return { tbl: c.tbl, id: c.id, org_path: String(record?.orgPath), fields: JSON.stringify(fieldsForLog(c.tbl, c.fields, record)), hlc: c.hlc, device_id: c.deviceId, at };
      });
      const logged = await this.trx.insertInto('changes').values(rows).returning(['seq', 'tbl', 'id']).execute();
      for (const r of logged) {
        const key = keyOf(r.tbl, r.id);
        lastSeq.set(key, Math.max(lastSeq.get(key) ?? 0, Number(r.seq)));
      }
    }
    await beforeRecords?.();
    const keys = [...this.dirty];
    for (let i = 0; i < keys.length; i += CHUNK) {
      const rows = keys.slice(i, i + CHUNK).map((key) => {
        const [tbl, id] = key.split('\u0000') as [string, string];
        const record = this.held.get(key) as HeldRecord;
        return { tbl, id, org_path: String(record.data.orgPath), data: JSON.stringify(record.data), field_clocks: JSON.stringify(record.clocks), deleted: record.data.deleted === true ? 1 : 0, updated_seq: lastSeq.get(key) ?? 0 };
      });
      await upsertRecordRows(this.trx, rows);
    }
  }
}
