/**
 * 走访计划 the plan's reads. "Due this week" and "overdue" are one range of the `nextDue` index
 * up to Sunday (or of `[volunteerId+nextDue]` for one member), so the list costs what it shows,
 * not the size of the register. Coverage and the re-pairing list read the station's pairings
 * (the network has ~14,000 in all, a station a few hundred) and the members they name.
 */
import Dexie from 'dexie';
import type { IsoDate, Pairing, Resident, Volunteer } from '../../../../../shared/domain/entities';
import { weekOf } from '../../../../../shared/residents/dates';
import { coverage, memberLoads, type Coverage, type MemberLoad } from '../../../../../shared/residents/coverage';
import { repairReason, type RepairReason } from '../../../../../shared/residents/pairing';
import { visitStatus, type VisitStatus } from '../../../../../shared/residents/visit-schedule';
import { isWithin, type OrgPath } from '../../../../../shared/org/org-path';
import { db, type Stored } from '../../../db';

export interface PlanRow {
  pairing: Stored<Pairing>;
  status: VisitStatus;
  resident: Stored<Resident> | undefined;
  member: Stored<Volunteer> | undefined;
}

const live = <T extends { deleted?: boolean }>(r: T | undefined): r is T => r !== undefined && !r.deleted;
export const PLAN_LIMIT = 500;

/** Pairings whose visit is due by the end of `today`'s week (overdue ones first), for the station or one member. */
export async function duePlan(today: IsoDate, opts: { volunteerId?: string; within?: OrgPath } = {}): Promise<{ rows: PlanRow[]; more: boolean }> {
  const until = weekOf(today).end;
  const pairings = db.synced('pairings');
  const range = opts.volunteerId
    ? pairings.where('[volunteerId+nextDue]').between([opts.volunteerId, Dexie.minKey], [opts.volunteerId, until], true, true)
    : pairings.where('nextDue').belowOrEqual(until);
  const found = (await range.limit(PLAN_LIMIT + 1).toArray()).filter((p) => live(p) && (!opts.within || isWithin(p.orgPath, opts.within)));
  const withStatus = found.map((pairing) => ({ pairing, status: visitStatus(pairing, today) })).filter((r) => r.status.state === 'overdue' || r.status.state === 'dueThisWeek');
  const [residents, members] = await Promise.all([
    db.synced('residents').bulkGet(withStatus.map((r) => r.pairing.residentId)),
    db.synced('volunteers').bulkGet(withStatus.map((r) => r.pairing.volunteerId)),
  ]);
  const rows = withStatus.map((r, i) => ({ ...r, resident: residents[i], member: members[i] }));
  return { rows: rows.slice(0, PLAN_LIMIT), more: found.length > PLAN_LIMIT };
}

export interface CoverageReport {
  total: Coverage;
  /** Per service point (village) with households or pairings. */
  byPoint: (Coverage & { orgPath: OrgPath })[];
  members: (MemberLoad & { name: string })[];
}

/**
 * Households on the register per service point, from the `orgPath` index alone: its distinct keys
 * (one unique-key cursor step per point, not per resident) and a count of each key's range. No
 * resident record and no per-resident key is read, so 20,000 households cost about what 40 points
 * do. A resident deleted elsewhere and synced here still counts (no index tells deleted records
 * apart, and this app deletes none).
 */
async function householdsByPoint(): Promise<Map<OrgPath, number>> {
  const residents = db.synced('residents');
  const points = (await residents.orderBy('orgPath').uniqueKeys()) as OrgPath[];
  const counts = await Promise.all(points.map((p) => residents.where('orgPath').equals(p).count()));
  return new Map(points.map((p, i) => [p, counts[i]!]));
}

/**
 * What supervisors check: households paired and visited on time, per service point and per
 * member. Reads the `orgPath` index of the residents (householdsByPoint) and the pairings, whose
 * `lastVisitDate` / `nextDue` say everything about the schedule: no visit is read.
 */
export async function coverageReport(today: IsoDate): Promise<CoverageReport> {
  // One read transaction for the few hundred index reads: in Chromium that halves their cost
  // against one transaction each (bench residents).
  const [pairings, households] = await db.transaction('r', [db.synced('pairings'), db.synced('residents')], () =>
    Promise.all([db.synced('pairings').toArray(), householdsByPoint()]));
  const active = pairings.filter(live);
  const pairingsAt = new Map<string, Pairing[]>();
  for (const p of active) {
    const list = pairingsAt.get(p.orgPath);
    if (list) list.push(p);
    else pairingsAt.set(p.orgPath, [p]);
  }
  const points = new Set([...households.keys(), ...pairingsAt.keys()]);
  const byPoint = [...points].sort().map((orgPath) => ({
    orgPath,
    ...coverage(households.get(orgPath) ?? 0, pairingsAt.get(orgPath) ?? [], today),
  }));
  const loads = memberLoads(active, today);
  const names = await db.synced('volunteers').bulkGet(loads.map((l) => l.volunteerId));
  let total = 0;
  for (const n of households.values()) total += n;
  return {
    total: coverage(total, active, today),
    byPoint,
    members: loads.map((l, i) => ({ ...l, name: names[i]?.name ?? '' })),
  };
}

export interface RepairRow {
  pairing: Stored<Pairing>;
  reason: RepairReason;
  resident: Stored<Resident> | undefined;
  member: Stored<Volunteer> | undefined;
}

/** Households whose member left, paused, moved or is gone: listed until someone takes them over. */
export async function repairList(today: IsoDate): Promise<RepairRow[]> {
  const pairings = (await db.synced('pairings').toArray()).filter(live);
  const members = await db.synced('volunteers').bulkGet(pairings.map((p) => p.volunteerId));
  const flagged = pairings
    .map((pairing, i) => ({ pairing, member: members[i], reason: repairReason(pairing, members[i], today) }))
    .filter((r): r is Omit<RepairRow, 'resident'> => r.reason !== null);
  const residents = await db.synced('residents').bulkGet(flagged.map((r) => r.pairing.residentId));
  return flagged.map((r, i) => ({ ...r, resident: residents[i] }));
}
