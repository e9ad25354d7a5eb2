/**
 * Hours count only for a completion that took effect. When two stations complete the same
 * request between syncs, the merged order of its events lets one completion apply and flags
 * the other (events.ts), or the centre refuses the later one outright; either way both
 * stations wrote service records for the hours of "their" completion. The centre marks the
 * records of every completion that is not in effect `voided` (points and hours skip them,
 * shared/points/score.ts `countsHours`) and clears the mark if a later merge lets it apply.
 * The mark is the centre's own change, so every station holding a record receives it.
 */
import type { RequestFlag } from '../../shared/domain/entities';
import type { Store } from '../db/store';
import { applyWinners } from './merge';
import type { WorkingSet } from './working-set';

/** The completions of a request in effect: live completion events the centre holds, not flagged. */
export function completionsInEffect(events: readonly Record<string, unknown>[], flags: unknown): Set<string> {
  const flagged = new Set(Array.isArray(flags) ? (flags as RequestFlag[]).map((f) => f.eventId) : []);
  return new Set(events.filter((e) => e.kind === 'complete' && e.deleted !== true && !flagged.has(String(e.id))).map((e) => String(e.id)));
}

/** Sets or clears `voided` on the request's service records where it differs from what its events say. */
export async function voidCredits(ws: WorkingSet, store: Store, requestId: string, inEffect: ReadonlySet<string>): Promise<void> {
  for (const { id, record } of await ws.credits(requestId)) {
    const eventId = record.data.eventId;
    if (record.data.source !== 'request' || typeof eventId !== 'string') continue;
    const voided = !inEffect.has(eventId);
    if ((record.data.voided === true) === voided) continue;
    const hlc = store.clock.tick();
    await ws.put('serviceRecords', id, applyWinners(record, { voided }, hlc), { tbl: 'serviceRecords', id, fields: { voided }, hlc, deviceId: null });
  }
}
