import type Dexie from 'dexie';

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

export const SCHEMA_VERSIONS: { version: number; stores: Record<string, string> }[] = [{ version: 1, stores: V1 }];

export function applyMigrations(db: Dexie): void {
  for (const { version, stores } of SCHEMA_VERSIONS) db.version(version).stores(stores);
}
