/**
 * Service records (服务记录) written by other features' commands, inside THEIR data-layer
 * transaction, so a completed request and the hours it credits exist together or not at all.
 * A record is kept at its volunteer's org unit (the volunteer's station sees all of their
 * hours, which balances and certificates need); a volunteer unknown here stays at the
 * request's unit.
 */
import type { HelpRequest, IsoTime, ServiceRecord } from '../../../../shared/domain/entities';
import { checkRequestHours } from '../../../../shared/points/hours';
import { orgName } from '../../../../shared/org/org-tree';
import type { Writer } from '../../db/writer';
import type { LianxinDb } from '../../db/schema';
import { HoursRefused } from './errors';

/** Tables a transaction must hold to call these. */
export const SERVICE_RECORD_TABLES = ['serviceRecords', 'volunteers'] as const;

/** The local date (China time) of a moment. */
export function chinaDate(at: IsoTime): string {
  return new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10);
}

async function volunteerPath(db: LianxinDb, volunteerId: string, fallback: string): Promise<string> {
  const v = await db.synced('volunteers').get(volunteerId);
  return v && !v.deleted ? v.orgPath : fallback;
}

/**
 * One record per volunteer of a completion (办结). Refuses hours over what a house call allows
 * (shared/points/hours.ts) by throwing, which aborts the caller's transaction.
 */
export async function writeCompletionRecords(
  db: LianxinDb, w: Writer,
  c: { request: HelpRequest; eventId: string; at: IsoTime; hours: { volunteerId: string; hours: number }[]; result: string; stationPath: string },
): Promise<void> {
  const problems = checkRequestHours(c.hours);
  if (problems.length) throw new HoursRefused(problems);
  for (const h of c.hours) {
    const endAt = c.at;
    const startAt = new Date(Date.parse(endAt) - h.hours * 3_600_000).toISOString();
    const record: Omit<ServiceRecord, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'> = {
      orgPath: await volunteerPath(db, h.volunteerId, c.request.orgPath),
      volunteerId: h.volunteerId, source: 'request', sourceId: c.request.id, eventId: c.eventId,
      date: chinaDate(endAt), place: c.request.address, beneficiary: c.request.callerName,
      content: `${c.request.number} ${c.result}`.trim(), hours: h.hours,
      // The unit that dispatched and recorded the work certifies it (谁组织谁记录、谁记录谁证明).
      personInCharge: orgName(c.stationPath), recorder: orgName(c.stationPath), startAt, endAt,
      urgent: c.request.urgency !== 'normal',
    };
    await w.create('serviceRecords', record);
  }
}

/**
 * The callback's verdict (满意/基本满意/不满意) on the records of the request's latest
 * completion: the satisfaction bonus or deduction follows it.
 */
export async function writeCallbackSatisfaction(db: LianxinDb, w: Writer, requestId: string, satisfaction: NonNullable<ServiceRecord['satisfaction']>): Promise<void> {
  const records = (await db.synced('serviceRecords').where('sourceId').equals(requestId).toArray()).filter((r) => !r.deleted && r.source === 'request');
  const latest = records.reduce<string | undefined>((m, r) => (r.eventId && (!m || r.eventId > m) ? r.eventId : m), undefined);
  for (const r of records) if (r.eventId === latest && r.satisfaction !== satisfaction) await w.update('serviceRecords', r.id, { satisfaction });
}

/**
 * One record per visitor of a visit (走访) that names its hours: each visitor served them at the
 * household. The visit's own check allows at most a house call's hours; checked again here.
 */
export async function writeVisitRecords(
  db: LianxinDb, w: Writer,
  c: { visit: { id: string; date: string; visitorIds: string[]; findings: string; hours?: number }; resident: { name: string; address: string; orgPath: string }; stationPath: string },
): Promise<void> {
  const hours = c.visit.hours;
  if (!hours) return;
  const problems = checkRequestHours(c.visit.visitorIds.map((volunteerId) => ({ volunteerId, hours })));
  if (problems.length) throw new HoursRefused(problems);
  for (const volunteerId of new Set(c.visit.visitorIds)) {
    await w.create('serviceRecords', {
      orgPath: await volunteerPath(db, volunteerId, c.resident.orgPath),
      volunteerId, source: 'visit', sourceId: c.visit.id, date: c.visit.date, place: c.resident.address, beneficiary: c.resident.name,
      content: c.visit.findings.slice(0, 200), hours, personInCharge: orgName(c.stationPath), recorder: orgName(c.stationPath),
    });
  }
}
