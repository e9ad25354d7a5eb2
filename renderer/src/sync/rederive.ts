/**
 * After pulled changes touch a request or its events, the request's derived fields (status,
 * holder, assignee, due time, counters) are folded again from ALL its events by the shared
 * state machine, so every station holding the same events shows the same state, whatever
 * order the events arrived in. Events the merged order cannot apply become `flags` on the
 * record for a human. Written in place, never to the outbox: it is derived data, not an edit.
 */
import type { HelpRequest, RequestFlag } from '../../../shared/domain/entities';
import { deriveState } from '../../../shared/requests/lifecycle';
import { derivedFields, toLifecycleEvent } from '../features/requests/derive';
import type { LianxinDb } from '../db/schema';

/** Must run inside a transaction that includes `requests` and `requestEvents`. */
export async function rederiveRequests(db: LianxinDb, requestIds: Iterable<string>, now: number): Promise<void> {
  const requests = db.synced('requests');
  for (const id of new Set(requestIds)) {
    const request = await requests.get(id);
    // Events may arrive before their request (another page): it is derived when it comes.
    if (!request) continue;
    const events = (await db.synced('requestEvents').where('requestId').equals(id).toArray()).filter((e) => !e.deleted);
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
    if (JSON.stringify(next) !== JSON.stringify(request)) await requests.put(next as unknown as typeof request & HelpRequest);
  }
}
