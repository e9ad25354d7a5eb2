/**
 * Pull: pages of the centre's changes after this station's cursor. Each page is merged AND its
 * cursor stored in ONE Dexie transaction, so an interrupted first sync resumes after the last
 * page it applied rather than starting again (ARCHITECTURE.md, "Pull"). Pulled changes are not
 * local edits: they never enter the outbox.
 */
import { SYNCED_TABLES, type SyncedTableName } from '../../../shared/domain/entities';
import { compareHlc, decodeHlc, encodeHlc } from '../../../shared/clock/hlc';
import type { Change, PullResponse } from '../../../shared/sync/protocol';
import type { Table } from 'dexie';
import type { LianxinDb } from '../db/schema';
import { readDevice, writeDevice } from '../db/device';
import type { CentreClient } from './centre-client';
import { mergeChange, latestClock, type ClockedRecord } from './merge';
import { anyWithin, rederiveRequests, type MergedRequests } from './rederive';
import { CURSOR_KEY, ENROLMENT_KEY, readCursor, readEnrolment } from './local-state';

export const PULL_PAGE_SIZE = 1000;

export interface PullProgress {
  phase: PullResponse['phase'];
  done: number;
  total: number;
}

export interface PullOptions {
  pageSize?: number;
  now?: () => number;
  onProgress?: (p: PullProgress) => void;
  /** Sees every page's changes before they are applied (the resync repair collects the centre's clocks). */
  onChanges?: (changes: readonly Change[]) => void;
}

/**
 * Pulls until the centre has nothing more; returns how many changes were received. The next
 * page is asked for as soon as a page arrives, with that page's cursor, so the centre reads it
 * while the station stores this one: a first sync spent a third of its time waiting on the
 * centre (bench `first-sync`). The cursor is still stored only with the page it follows; when
 * storing a page fails, the page asked for ahead is dropped and the next sync starts again
 * after the last page stored.
 */
export async function pullAll(db: LianxinDb, client: CentreClient, options: PullOptions = {}): Promise<number> {
  const limit = options.pageSize ?? PULL_PAGE_SIZE;
  let received = 0;
  let next = client.pull(await readCursor(db.meta), limit);
  for (;;) {
    const page = await next;
    if (page.more) {
      next = client.pull(page.cursor, limit);
      // Its failure is seen when it is awaited, after this page is stored; not as unhandled.
      next.catch(() => undefined);
    }
    options.onChanges?.(page.changes);
    await applyPage(db, page, (options.now ?? Date.now)());
    received += page.changes.length;
    if (page.progress) options.onProgress?.({ phase: page.phase, ...page.progress });
    if (!page.more) return received;
  }
}

/**
 * Merges one page and stores its cursor, atomically. Requests are written last and once: the
 * other tables first (so a request's events of this page are stored), then every request the
 * page touched is derived again from its events and written with its merged fields in one
 * write, rather than written merged and then rewritten derived (each write of a request passes
 * the dashboard upkeep; bench `first-sync`).
 */
export async function applyPage(db: LianxinDb, page: Pick<PullResponse, 'changes' | 'cursor' | 'seat'>, now: number): Promise<void> {
  const stores = SYNCED_TABLES.map((t) => db.table(t));
  await db.transaction('rw', [...stores, db.meta], async () => {
    const touchedRequests = new Set<string>();
    let requests: MergedRequests | undefined;
    for (const [table, changes] of groupByTable(page.changes)) {
      const store = db.table<ClockedRecord, string>(table);
      const { current, none } = await heldRecords(store, changes);
      const changed = new Map<string, ClockedRecord>();
      for (const change of changes) {
        const merged = mergeChange(changed.get(change.recordId) ?? current.get(change.recordId), change);
        if (merged) changed.set(change.recordId, merged);
        if (table === 'requests') touchedRequests.add(change.recordId);
        if (table === 'requestEvents') {
          const requestId = (changed.get(change.recordId) ?? current.get(change.recordId))?.requestId;
          if (typeof requestId === 'string') touchedRequests.add(requestId);
        }
      }
      if (table === 'requests') requests = { merged: changed, held: current, new: none };
      else if (changed.size) await (none ? store.bulkAdd([...changed.values()]) : store.bulkPut([...changed.values()]));
    }
    if (touchedRequests.size) await rederiveRequests(db, touchedRequests, now, requests);
    await advanceClock(db, page.changes);
    await learnSeat(db, page.seat);
    await db.meta.put({ key: CURSOR_KEY, value: page.cursor });
  });
}

/**
 * A PC enrolled before the centre gave seats holds none, and would number its requests in the
 * plain form like its station's first PC. The centre gave it a seat since (migration
 * 20261129_000000_device_seat) and says which in every pull: kept when none is held. A seat
 * held is never changed here: it came with this enrolment, and a pull still in flight from
 * before an enrolment again must not overwrite it.
 */
async function learnSeat(db: LianxinDb, seat: number | undefined): Promise<void> {
  if (!seat) return;
  const enrolment = await readEnrolment(db.meta);
  if (enrolment && enrolment.seat === undefined) await db.meta.put({ key: ENROLMENT_KEY, value: { ...enrolment, seat } });
}

/**
 * The stored records a page's changes of one table name. On a first sync the page's key range
 * holds nothing yet: one probe (anyWithin) then replaces a thousand lookups, and `none` lets the
 * caller add instead of put (the upkeep middlewares read what a put replaces; an add replaces
 * nothing).
 */
async function heldRecords(store: Table<ClockedRecord, string>, changes: readonly Change[]): Promise<{ current: Map<string, ClockedRecord>; none: boolean }> {
  const current = new Map<string, ClockedRecord>();
  if (!(await anyWithin(store, changes.map((c) => c.recordId)))) return { current, none: true };
  const existing = await store.bulkGet(changes.map((c) => c.recordId));
  existing.forEach((r) => r && current.set(r.id, r));
  return { current, none: false };
}

function groupByTable(changes: readonly Change[]): Map<SyncedTableName, Change[]> {
  const out = new Map<SyncedTableName, Change[]>();
  for (const c of changes) {
    const list = out.get(c.table) ?? [];
    list.push(c);
    out.set(c.table, list);
  }
  return out;
}

/**
 * Moves this device's HLC past every clock it has seen, so an edit made here after a pull is
 * ordered after what it saw even when this PC's clock is hours behind. No drift check: the
 * centre already refused clocks far in the future, and refusing a pull would stop the station.
 */
async function advanceClock(db: LianxinDb, changes: readonly Change[]): Promise<void> {
  const seen = latestClock(changes);
  if (!seen) return;
  const device = await readDevice(db.meta);
  if (device.hlc && compareHlc(device.hlc, seen) >= 0) return;
  const { wall, counter } = decodeHlc(seen);
  const hlc = encodeHlc({ wall, counter, node: device.deviceId });
  if (!device.hlc || compareHlc(hlc, device.hlc) > 0) await writeDevice(db.meta, { ...device, hlc });
}
