/**
 * After pulled changes touch a request or its events, the request's derived fields (status,
 * holder, assignee, due time, counters) are folded again from ALL its events by the shared
 * state machine, so every station holding the same events shows the same state, whatever
 * order the events arrived in. Events the merged order cannot apply become `flags` on the
 * record for a human. Written in place, never to the outbox: it is derived data, not an edit.
 */
import type { Table } from 'dexie';
import type { HelpRequest, RequestEvent, RequestFlag } from '../../../shared/domain/entities';
import { deriveState } from '../../../shared/requests/lifecycle';
import { derivedFields, toLifecycleEvent } from '../features/requests/derive';
import type { LianxinDb, Stored } from '../db/schema';

/** A pulled page's requests, merged but not yet written (pull.ts writes them here, derived). */
export interface MergedRequests {
  /** The merged records of the requests the page changed. */
  merged: ReadonlyMap<string, Record<string, unknown>>;
  /** The stored records the page's requests replace (those it does not name are read here). */
  held: ReadonlyMap<string, Record<string, unknown>>;
  /** No request of the page was stored before: they are added, not put. */
  new: boolean;
}

/**
 * Must run inside a transaction that includes `requests` and `requestEvents`. Batched: the
 * requests in one read, their events in reads issued together, the changed requests in one
 * write. A first sync re-derives a thousand requests a page, and a write per request passed the
 * dashboard upkeep a thousand times (bench `first-sync`, docs/performance.md). `page`: the
 * requests a pulled page merged, written here with their derived fields in the same write.
 */
export async function rederiveRequests(db: LianxinDb, requestIds: Iterable<string>, now: number, page?: MergedRequests): Promise<void> {
  const requests = db.synced('requests');
  type Held = Stored<HelpRequest>;
  const ids = [...new Set(requestIds)];
  const unread = ids.filter((id) => !page?.merged.has(id) && !page?.held.has(id));
  const read = unread.length && (await anyWithin(requests, unread)) ? await requests.bulkGet(unread) : [];
  const stored = new Map<string, Held>();
  read.forEach((r) => r && stored.set(r.id, r));
  for (const [id, r] of page?.held ?? []) stored.set(id, r as unknown as Held);
  // Events may arrive before their request (another page): it is derived when it comes.
  const held = ids.flatMap((id) => {
    const r = (page?.merged.get(id) as Held | undefined) ?? stored.get(id);
    return r ? [r] : [];
  });
  const events = db.synced('requestEvents');
  const eventsOf = await Promise.all(held.map((r) => events.where('requestId').equals(r.id).toArray()));
  const added: Held[] = [];
  const put: Held[] = [];
  held.forEach((request, i) => {
    const next = rederived(request, eventsOf[i]!.filter((e) => !e.deleted), now) as unknown as Held;
    const before = stored.get(request.id);
    // A merged request is new or changed: always written. Another only when its derivation moved.
    if (page?.merged.has(request.id)) (page.new ? added : put).push(next);
    else if (!before || JSON.stringify(next) !== JSON.stringify(before)) put.push(next);
  });
  if (added.length) await requests.bulkAdd(added);
  if (put.length) await requests.bulkPut(put);
}

/**
 * Whether the table holds any record with an id between the least and the greatest of `ids`:
 * one probe instead of a lookup each. A snapshot page walks a table by id, so its ids span one
 * key range, which on a first sync holds nothing yet; and a page of events names requests that
 * come in later pages (the snapshot sends events before requests).
 */
export async function anyWithin(table: Table<unknown, string>, ids: readonly string[]): Promise<boolean> {
  let low = ids[0]!;
  let high = low;
  for (const id of ids) {
    if (id < low) low = id;
    if (id > high) high = id;
  }
  return (await table.where(':id').between(low, high, true, true).limit(1).primaryKeys()).length > 0;
}

/** The request with its derived fields and flags folded again from its live events. */
function rederived(request: HelpRequest, events: RequestEvent[], now: number): Record<string, unknown> {
  const lifecycle = events.map(toLifecycleEvent);
  const { state, rejected } = deriveState({ orgPath: request.orgPath, receivedAt: request.receivedAt }, lifecycle);
  const flags: RequestFlag[] = rejected.map((r) => ({
    eventId: events[lifecycle.indexOf(r.event)]?.id ?? '',
    kind: r.event.kind,
    reason: r.reason,
    message: r.message,
  }));
  const next: Record<string, unknown> = { ...request, ...(state ? derivedFields(state, request, now, request) : {}) };
  if (flags.length) next.flags = flags;
  else delete next.flags;
  return next;
}
