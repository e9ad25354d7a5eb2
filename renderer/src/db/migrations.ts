import type { Dexie, Transaction } from 'dexie';
import { skillPlaces } from '../features/dispatch-suggestions/skill-places';
import { POINTS_STORES } from '../features/points/tallies/tables';
import { DASHBOARD_STORES } from '../features/dashboard/aggregates/tables';
import { rebuildInto } from '../features/dashboard/aggregates/rebuild';
import { addressKeys } from '../../../shared/residents/search';

/**
 * Schema versions of the local database. Each entry is applied in order by Dexie; a station
 * that opens with an older database is upgraded in place (with an `upgrade` function when
 * data must be transformed). Never change a published version: add the next one.
 *
 * Index notes: every synced table has `orgPath` (scope queries are prefix ranges) and
 * `updatedAt`; compound indexes serve the lists that must stay fast at 100,000+ rows.
 */
const V1: Record<string, string> = {
  // local-only
  operators: 'id, name',
  outbox: 'seq',
  meta: 'key',
  drafts: 'key, operatorId',
  // synced
  volunteers: 'id, orgPath, volunteerNo, idNumber, mobile, name, namePinyin, nameInitials, status, servicePoint, *skills, *teamIds, updatedAt',
  teams: 'id, orgPath, type, level, name, updatedAt',
  studios: 'id, orgPath, leaderId, updatedAt',
  enterprises: 'id, orgPath, creditCode, name, *serviceItemCodes, updatedAt',
  providers: 'id, orgPath, mobile, name, *serviceItemCodes, updatedAt',
  serviceCategories: 'id, &code, orgPath, updatedAt',
  serviceItems: 'id, &code, orgPath, categoryCode, updatedAt',
  requests:
    'id, orgPath, number, status, receivedAt, dueAt, callerMobile, callerPinyin, callerInitials, callerName, itemCode, categoryCode, source, residentId, assigneeId, updatedAt, [status+receivedAt], [orgPath+receivedAt]',
  requestEvents: 'id, requestId, orgPath, at, [requestId+at], updatedAt',
  residents: 'id, orgPath, name, namePinyin, nameInitials, mobile, idNumber, *categories, riskLevel, updatedAt',
  pairings: 'id, orgPath, volunteerId, residentId, updatedAt',
  visits: 'id, orgPath, residentId, pairingId, date, updatedAt',
  servedEnterprises: 'id, orgPath, creditCode, name, teamId, updatedAt',
  enterpriseVisits: 'id, orgPath, enterpriseId, date, updatedAt',
  activities: 'id, orgPath, startAt, updatedAt',
  serviceRecords: 'id, orgPath, volunteerId, sourceId, date, [volunteerId+date], updatedAt',
  pointsRules: 'id, orgPath, effectiveFrom, updatedAt',
  pointsEntries: 'id, orgPath, volunteerId, serviceRecordId, at, updatedAt',
  redemptions: 'id, orgPath, volunteerId, at, updatedAt',
  starRatings: 'id, orgPath, volunteerId, grantedAt, updatedAt',
  venues: 'id, orgPath, type, updatedAt',
  ventureProjects: 'id, orgPath, status, updatedAt',
  trainings: 'id, orgPath, date, updatedAt',
  auditLog: 'id, orgPath, operatorId, recordId, at, updatedAt',
};

/**
 * Version 2: the request list, "my desk" and the supervisor view at 1,000,000 requests
 * (docs/performance.md). Each compound index pairs an equality filter with the sort key, so a
 * page is one index range read newest- (or soonest-due-) first:
 * - `[status+dueAt]`: overdue (open status, dueAt < now) and lists sorted by due time;
 * - `[holderPath+status+dueAt]`: the desk counts (one range per status) and desk lists, soonest due first;
 * - `[status+orgPath]`: requests of a status in a subtree (a path prefix is one range): the desk's callbacks;
 * - `[categoryCode|itemCode|source+receivedAt]`: the list filters, newest first;
 * - `holderPath`, `returns`, `extensions`: the supervisor view (often returned / extended);
 *   records without a count are simply absent from those indexes, which keeps them small.
 * Every index costs on each write: bench `requests` prints the raw write rate of this schema.
 */
const V2: Record<string, string> = {
  requests:
    'id, orgPath, number, status, receivedAt, dueAt, callerMobile, callerPinyin, callerInitials, callerName, itemCode, categoryCode, source, residentId, assigneeId, updatedAt, holderPath, returns, extensions, [status+receivedAt], [orgPath+receivedAt], [status+dueAt], [holderPath+status+dueAt], [status+orgPath], [categoryCode+receivedAt], [itemCode+receivedAt], [source+receivedAt]',
};

/**
 * The holder of a request written before holders were kept on the record (or by a loader that
 * left it out): the unit it was escalated to, otherwise its owner — what the state machine's
 * initial state and `escalate` would give.
 */
export function impliedHolder(r: { orgPath: string; holderPath?: string; status: string; assigneeKind?: string | null; assigneeId?: string | null }): string {
  if (r.holderPath) return r.holderPath;
  return r.status === 'escalated' && r.assigneeKind === 'orgUnit' && r.assigneeId ? r.assigneeId : r.orgPath;
}

export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string>; upgrade?: (tx: Transaction) => Promise<unknown> }[] = [
  { version: 1, stores: V1 },
  {
    version: 2,
    stores: V2,
    // The desk reads `holderPath` through an index, so every request must carry it. A derived,
    // local field like `status`: filled in place, not a change that travels through the outbox.
    upgrade: (tx) =>
      tx.table('requests').filter((r: { holderPath?: string }) => !r.holderPath).modify((r: Parameters<typeof impliedHolder>[0]) => {
        r.holderPath = impliedHolder(r);
      }),
  },
];

/**
 * Version 4: the sync client's local table (renderer/src/sync). `rejections` holds the
 * mutations the centre refused for good, keyed by mutation id, listed by sequence and found by
 * the record they concern (the record's page shows "rejected by the centre"). Never synced.
 */
const V4: Record<string, string> = {
  rejections: 'mutationId, seq, [table+recordId]',
};
SCHEMA_VERSIONS.push({ version: 4, stores: V4 });

/**
 * Version 5: residents, pairings and visits (renderer/src/features/residents).
 * - residents `*addressKeys`: the intake's and the register's address search (suffixes from each
 *   part of the address, shared/residents/search), one prefix range instead of a table scan;
 * - pairings `nextDue`, `[volunteerId+nextDue]`: the visit plan's "due this week" and "overdue"
 *   lists, for the station and for one member, read as one range up to a date;
 * - visits `[residentId+date]`: a household's visits, newest first, on the resident's page;
 * - enterpriseVisits `[enterpriseId+date]`, `[teamId+date]`: the ledger and its export per
 *   enterprise or per team over a period;
 * - auditLog `[recordId+at]`: who saw a resident's unmasked data, on that resident's page.
 */
const V5: Record<string, string> = {
  residents: 'id, orgPath, name, namePinyin, nameInitials, mobile, idNumber, *categories, riskLevel, updatedAt, *addressKeys',
  pairings: 'id, orgPath, volunteerId, residentId, updatedAt, nextDue, [volunteerId+nextDue]',
  visits: 'id, orgPath, residentId, pairingId, date, updatedAt, [residentId+date]',
  enterpriseVisits: 'id, orgPath, enterpriseId, date, updatedAt, [enterpriseId+date], [teamId+date]',
  auditLog: 'id, orgPath, operatorId, recordId, at, updatedAt, [recordId+at]',
};
SCHEMA_VERSIONS.push({
  version: 5,
  stores: V5,
  // Address search reads `addressKeys` through its index; residents written before it existed get
  // theirs derived in place from the address (local and derived, like `holderPath` in version 2).
  upgrade: (tx) =>
    tx.table('residents').filter((r: { addressKeys?: string[] }) => !r.addressKeys).modify((r: { address?: string; addressKeys?: string[] }) => {
      r.addressKeys = addressKeys(r.address ?? '');
    }),
});

/**
 * Version 7: the dashboard (renderer/src/features/dashboard/aggregates/tables.ts), local-only:
 * `dashboardAggregates` `[unit+day]` — the dashboard and its heat map read a unit's days as one
 * key range; kept current by the upkeep middleware (aggregates/upkeep.ts). `dashboardCentre`
 * `unit` — the centre's city-wide figures, cached for offline use. The upgrade folds the rows
 * of an existing database from one scan of the tables it counts.
 */
SCHEMA_VERSIONS.push({ version: 7, stores: DASHBOARD_STORES, upgrade: (tx) => rebuildInto((name) => tx.table(name), tx.storeNames) });

/**
 * Version 8: the work calendar, shared down from the city centre with the catalogue
 * (renderer/src/catalogue): one record, read whole; no index beyond the synced basics.
 */
SCHEMA_VERSIONS.push({ version: 8, stores: { workCalendars: 'id, orgPath, updatedAt' } });

/**
 * Version 6: the points area (renderer/src/features/points/tallies/tables.ts), local-only and
 * derived: `pointsTallies` — the leaderboards, the excellent-volunteer list and the vanguard
 * export read a period's volunteers from the top of `[period+points]` / `[period+centiHours]` or
 * as one `[period+orgPath]` range; `unitTallies` — the ranking of a unit's children, by key.
 * Kept current by the upkeep middleware (tallies/upkeep.ts); computed from a scan the first
 * time the points area opens (tallies/rebuild.ts), as after every rule change.
 */
SCHEMA_VERSIONS.push({ version: 6, stores: POINTS_STORES });

/**
 * Version 9: dispatch suggestions (features/dispatch-suggestions/skill-places.ts) read volunteers
 * by `skill|service point` — one range per skill and ring of the org tree — through the
 * multi-entry `*skillPlaces`, kept by a middleware. The upgrade derives it for stored volunteers.
 */
SCHEMA_VERSIONS.push({
  version: 9,
  stores: { volunteers: 'id, orgPath, volunteerNo, idNumber, mobile, name, namePinyin, nameInitials, status, servicePoint, *skills, *teamIds, updatedAt, *skillPlaces' },
  upgrade: (tx) =>
    tx.table('volunteers').toCollection().modify((v: Parameters<typeof skillPlaces>[0] & { skillPlaces?: string[] }) => {
      v.skillPlaces = skillPlaces(v);
    }),
});

/**
 * Version 10: the aggregates' standing rows also count requests by status (`reqSt:`, for the desk
 * of a county or the city): rebuilt once from a scan, as version 7 did.
 */
SCHEMA_VERSIONS.push({ version: 10, stores: {}, upgrade: (tx) => rebuildInto((name) => tx.table(name), tx.storeNames) });

/**
 * Version 11: residents (renderer/src/features/residents), two synced tables.
 * - `visitPhotos` `visitId`: the resident's page shows the photos of the visits it lists, found by
 *   visit id (kept apart from `visits`, so visit lists never load image bytes);
 * - `enterpriseChecklists`: one record per org unit, read by id along the station's chain of
 *   units (the enterprise visit form and the checklist settings); no index beyond the basics.
 */
SCHEMA_VERSIONS.push({ version: 11, stores: { visitPhotos: 'id, orgPath, visitId, updatedAt', enterpriseChecklists: 'id, orgPath, updatedAt' } });

/**
 * Version 12: the org tree (docs/org-tree.md) is the centre's `orgUnits`, synced down to every
 * station and mirrored in memory by renderer/src/org/live.ts; `path` finds a unit by its own path.
 */
SCHEMA_VERSIONS.push({ version: 12, stores: { orgUnits: 'id, orgPath, path, updatedAt' } });

export function applyMigrations(db: Dexie): void {
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const v = db.version(version).stores(stores);
    if (upgrade) v.upgrade(upgrade);
  }
}
