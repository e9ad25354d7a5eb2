import { useLiveQuery } from 'dexie-react-hooks';
import type { LianxinDb } from '../db/schema';
import { readEnrolment, readLastSync, rejectionsTable, type Enrolment, type Rejection } from './local-state';

/** The enrolment of this station (undefined while loading, null when not enrolled). */
export function useEnrolment(db: LianxinDb): Enrolment | null | undefined {
  return useLiveQuery(async () => (await readEnrolment(db.meta)) ?? null, [db], undefined);
}

/** The newest rejections first, at most `limit`, with their total. */
export function useRejections(db: LianxinDb, limit = 200): { list: Rejection[]; total: number } {
  return useLiveQuery(
    async () => ({ list: await rejectionsTable(db).orderBy('seq').reverse().limit(limit).toArray(), total: await rejectionsTable(db).count() }),
    [db, limit],
    { list: [], total: 0 },
  );
}

/** Last successful sync as stored (survives a restart, unlike the status store). */
export function useLastSync(db: LianxinDb): string | undefined {
  return useLiveQuery(() => readLastSync(db.meta), [db], undefined);
}

/**
 * Whether the centre refused changes because this PC's clock is ahead: the warning stays as
 * long as such refusals are listed (they were made with the wrong clock), not just after the
 * sync that received them.
 */
export function useClockRefused(db: LianxinDb): boolean {
  return useLiveQuery(async () => (await rejectionsTable(db).filter((r) => r.code === 'clockAhead').count()) > 0, [db], false);
}
