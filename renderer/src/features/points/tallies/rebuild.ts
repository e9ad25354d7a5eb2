/**
 * Re-scoring every service record after the rules change (or when the tallies were never
 * computed). One read-write transaction, so no record changes halfway through; volunteers are
 * taken a few hundred at a time through the `volunteerId` index, so only their rows and the
 * units' rows are held in memory. The tallies remember the rules they were computed with.
 */
import type { Table } from 'dexie';
import type { PointsRule, ServiceRecord, WorkCalendarRecord } from '../../../../../shared/domain/entities';
import type { WorkCalendar } from '../../../../../shared/requests/work-calendar';
import { calendarFrom } from '../calendar';
import { ruleTimeline } from '../../../../../shared/points/rule';
import { applyDelta, changeDeltas, emptyDeltas, type UnitTally, type VolunteerTally } from '../../../../../shared/points/tally';
import type { LianxinDb, Stored } from '../../../db/schema';
import { TALLY_META_KEY, UNIT_TALLIES, VOLUNTEER_TALLIES } from './tables';

const BATCH = 300;

export function volunteerTallies(db: LianxinDb): Table<VolunteerTally, [string, string]> {
  return db.table(VOLUNTEER_TALLIES);
}
export function unitTallies(db: LianxinDb): Table<UnitTally, [string, string]> {
  return db.table(UNIT_TALLIES);
}

/** What the tallies depend on besides the records: the rules in their deterministic order, and the public holidays. */
export function rulesSignature(rules: readonly PointsRule[], cal: WorkCalendar): string {
  return JSON.stringify([ruleTimeline(rules), cal.holidays]);
}

async function calendarOf(db: LianxinDb): Promise<WorkCalendar> {
  return calendarFrom((await db.table('workCalendars').toArray()) as WorkCalendarRecord[]);
}

export async function rebuildTallies(db: LianxinDb, onProgress?: (done: number, total: number) => void): Promise<void> {
  const records = db.synced('serviceRecords');
  await db.transaction('rw', [records, db.synced('pointsRules'), db.table('workCalendars'), volunteerTallies(db), unitTallies(db), db.meta], async () => {
    const rules = await db.synced('pointsRules').toArray();
    const timeline = ruleTimeline(rules);
    const cal = await calendarOf(db);
    await volunteerTallies(db).clear();
    await unitTallies(db).clear();
    const ids = (await records.orderBy('volunteerId').uniqueKeys()) as string[];
    const units = new Map<string, UnitTally>();
    for (let i = 0; i < ids.length; i += BATCH) {
      const batch = (await records.where('volunteerId').anyOf(ids.slice(i, i + BATCH)).toArray()) as Stored<ServiceRecord>[];
      const deltas = emptyDeltas();
      for (const r of batch) changeDeltas(deltas, undefined, r, timeline, cal);
      const rows = [...deltas.volunteers.values()].map((d) => applyDelta(undefined, d)).filter((r): r is VolunteerTally => r !== null);
      await volunteerTallies(db).bulkPut(rows);
      for (const [k, d] of deltas.units) {
        const next = applyDelta(units.get(k), d);
        if (next) units.set(k, next);
        else units.delete(k);
      }
      onProgress?.(Math.min(i + BATCH, ids.length), ids.length);
    }
    await unitTallies(db).bulkPut([...units.values()]);
    await db.meta.put({ key: TALLY_META_KEY, value: rulesSignature(rules, cal) });
  });
}

/** True when the tallies were computed with the rules now held. */
export async function talliesCurrent(db: LianxinDb): Promise<boolean> {
  const [rules, cal, meta] = await Promise.all([db.synced('pointsRules').toArray(), calendarOf(db), db.meta.get(TALLY_META_KEY)]);
  return meta?.value === rulesSignature(rules, cal);
}
