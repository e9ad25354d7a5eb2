/**
 * 走访连心 recording a visit. Every demand heard becomes a help request in the same step (source
 * 走访, the resident, address and phone filled in), and the pairings the visitors serve move their
 * next due date — all in ONE IndexedDB transaction: the visit, its requests and the schedule exist
 * together or not at all.
 */
import type { HelpRequest, Urgency, Visit } from '../../../../shared/domain/entities';
import { catalogueItem } from '../../catalogue/live';
import { checkRequestInput, type RequestInput } from '../../../../shared/requests/request-input';
import { checkVisitInput, type VisitInput } from '../../../../shared/residents/visit-input';
import { afterVisit } from '../../../../shared/residents/visit-schedule';
import { chinaDate } from '../../../../shared/residents/dates';
import { photosProblem, type PhotoDraft } from '../../../../shared/residents/photos';
import { data, type Actor, type Stored } from '../../db';
import { RecordNotFoundError } from '../../db/writer';
import { takeRequest, type StationContext } from '../requests/commands';
import { now } from '../requests/now';
import { InputRejected } from './errors';
import { SERVICE_RECORD_TABLES, writeVisitRecords } from '../points/service-records';

/** A demand heard on a visit: what the household needs, in the catalogue's words. */
export interface Demand {
  itemCode?: string;
  description?: string;
  urgency?: Urgency;
  /** The number to call back on; the resident's own by default. */
  callerMobile?: string;
}

/** What a request raised from a household is made of: nothing the clerk has to type again. */
export function requestFromDemand(resident: { id: string; name: string; address: string; mobile?: string }, d: Demand): Partial<RequestInput> {
  const item = d.itemCode ? catalogueItem(d.itemCode) : undefined;
  return {
    callerName: resident.name, callerMobile: d.callerMobile ?? resident.mobile ?? '', address: resident.address, residentId: resident.id,
    itemCode: d.itemCode, description: d.description, type: item?.defaultType ?? 'help', source: 'visit', urgency: d.urgency ?? 'normal',
  };
}

/** Checks every demand before anything is written; problems are named `demands.<i>.<field>`. */
export function checkDemands<T>(demands: readonly T[], toInput: (d: T) => Partial<RequestInput>): { field: string; code: string }[] {
  return demands.flatMap((d, i) => {
    const r = checkRequestInput(toInput(d));
    return r.ok ? [] : r.problems.map((p) => ({ field: `demands.${i}.${p.field}`, code: p.code }));
  });
}

/**
 * Runs `work` inside one read-write transaction over `tables`: the data-layer writes inside it
 * (each with its own outbox entry) nest in it, so a failure anywhere undoes all of them.
 */
export function atomically<R>(tables: string[], work: () => Promise<R>): Promise<R> {
  const { db } = data;
  return db.transaction('rw', [...tables.map((t) => db.table(t)), db.outbox, db.meta], work);
}

export async function recordVisit(actor: Actor, station: StationContext, input: VisitInput, demands: Demand[] = [], photos: PhotoDraft[] = []): Promise<{ visit: Stored<Visit>; requests: Stored<HelpRequest>[] }> {
  const at = station.at ?? now();
  const checked = checkVisitInput(input, chinaDate(at));
  const photoProblem = photosProblem(photos);
  if (!checked.ok || photoProblem) throw new InputRejected([...(checked.ok ? [] : checked.problems), ...(photoProblem ? [{ field: 'photos', code: photoProblem }] : [])]);
  const resident = await data.db.synced('residents').get(checked.value.residentId);
  if (!resident || resident.deleted) throw new RecordNotFoundError('residents', checked.value.residentId);
  const problems = checkDemands(demands, (d) => requestFromDemand(resident, d));
  if (problems.length > 0) throw new InputRejected(problems);

  return atomically(['requests', 'requestEvents', 'visits', 'visitPhotos', 'pairings', ...SERVICE_RECORD_TABLES], async () => {
    const requests: Stored<HelpRequest>[] = [];
    for (const d of demands) requests.push(await takeRequest(actor, { ...station, at }, requestFromDemand(resident, d)));
    const visit = await data.transaction(actor, ['visits', 'visitPhotos', 'pairings', ...SERVICE_RECORD_TABLES], async (w) => {
      const v = checked.value;
      const stored = await w.create('visits', { ...v, orgPath: resident.orgPath, requestIds: requests.map((r) => r.id), ...(photos.length ? { photoCount: photos.length } : {}) });
      // Each photo is its own record (one mutation each, pushed in batches cut by bytes), stored with the visit or not at all.
      for (const p of photos) await w.create('visitPhotos', { ...p, orgPath: resident.orgPath, visitId: stored.id });
      // Hours and points (features/points): the visit's hours credit each visitor, in this same transaction.
      await writeVisitRecords(data.db, w, { visit: stored, resident, stationPath: station.stationPath });
      // The visit serves the pairing it was planned under and every pairing of a member who went.
      const pairings = await data.db.synced('pairings').where('residentId').equals(v.residentId).toArray();
      const visitors = new Set(v.visitorIds);
      for (const p of pairings) {
        if (p.deleted || !(p.id === v.pairingId || visitors.has(p.volunteerId)) || v.date < p.startDate) continue;
        const next = afterVisit(p, v.date);
        await w.update('pairings', p.id, { lastVisitDate: next.lastVisitDate, nextDue: next.nextDue ?? (p.nextDue != null ? (null as unknown as undefined) : undefined) });
      }
      return stored;
    });
    return { visit, requests };
  });
}
