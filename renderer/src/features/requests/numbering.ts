/**
 * Giving request numbers on this PC (the format is shared/requests/number.ts): per China-time
 * day, per station, per seat — `NH10003-20261128-0001`, `-0002`, … never reused; a PC in seat 2
 * or later gives `NH10003-20261128-2-0001`. Runs inside the intake's write transaction, which
 * must include `meta` and `requests`.
 */
import type { OrgPath } from '../../../../shared/org/org-path';
import { requestNumberPrefix, requestNumberSequence } from '../../../../shared/requests/number';
import type { LianxinDb } from '../../db/schema';
import { ENROLMENT_KEY, type Enrolment } from '../../sync/local-state';

export async function nextRequestNumber(db: LianxinDb, stationPath: OrgPath, at: number): Promise<string> {
  const seat = ((await db.meta.get(ENROLMENT_KEY))?.value as Enrolment | undefined)?.seat;
  const prefix = requestNumberPrefix(stationPath, at, seat);
  const key = `requestNo:${stationPath}:${prefix}`;
  const counter = ((await db.meta.get(key))?.value as number | undefined) ?? 0;
  // Also look at the numbers already held: a restored backup, or this seat's numbers synced
  // back after the PC was reinstalled, may be ahead of this PC's counter.
  let highest = counter;
  for (const n of await db.synced('requests').where('number').startsWith(prefix).keys()) highest = Math.max(highest, requestNumberSequence(String(n), prefix));
  await db.meta.put({ key, value: highest + 1 });
  return `${prefix}${String(highest + 1).padStart(4, '0')}`;
}
