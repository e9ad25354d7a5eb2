/**
 * One pull page for a device: the snapshot while a first sync is running, then the change log.
 * A cursor pointing past the end of the log means the centre lost changes the station has
 * already seen (a restored backup): the station must start again, which the route answers 409.
 */
import type { PullResponse } from '../../shared/sync/protocol';
import type { Store } from '../db/store';
import { encodeCursor, type Cursor } from './cursor';
import { logPage, maxSeq } from './log';
import type { ReadScope } from './scope';
import { countInScope, snapshotPage, startSnapshot } from './snapshot';

export class StaleCursor extends Error {}

export async function pullPage(store: Store, scope: ReadScope, cursor: Cursor | null, limit: number, now: number): Promise<Omit<PullResponse, 'centreTime'>> {
  const head = await maxSeq(store);
  const c = cursor ?? startSnapshot(head, await countInScope(store, scope), now);
  const from = c.phase === 'snapshot' ? c.since : c.seq;
  if (from > head) throw new StaleCursor(`This station has seen changes up to ${from} but the centre's log ends at ${head}: the centre was restored from a backup. Pull again from the start (no cursor).`);
  if (c.phase === 'snapshot') {
    const { changes, next } = await snapshotPage(store, scope, c, limit);
    const done = next ? next.done : c.done + changes.length;
    return {
      changes,
      cursor: encodeCursor(next ?? { v: 1, phase: 'log', seq: c.since }),
      more: true,
      phase: 'snapshot',
      progress: { done, total: Math.max(c.total, done) },
    };
  }
  const page = await logPage(store, scope, c.seq, limit);
  return { changes: page.changes, cursor: encodeCursor({ v: 1, phase: 'log', seq: page.seq }), more: page.more, phase: 'log' };
}
