import type { TFunction } from 'i18next';
import type { SyncStatus } from '../../sync/status-store';

/** The plain words for the last sync error. */
export function errorText(t: TFunction, error: NonNullable<SyncStatus['lastError']>): string {
  return t(`syncClient.error.${error.kind}`, { message: error.message, seconds: error.retryAfterSeconds ?? 60 });
}

/**
 * Where a refused record is fixed: a request (or one of its steps) opens on its own page; other
 * records open their area with the record named (`?record=`).
 */
export function fixLink(table: string, recordId: string, fields: Record<string, unknown>): string {
  if (table === 'requests') return `/requests/${encodeURIComponent(recordId)}`;
  if (table === 'requestEvents' && typeof fields.requestId === 'string') return `/requests/${encodeURIComponent(fields.requestId)}`;
  return `${areaOf(table)}?record=${encodeURIComponent(recordId)}`;
}

/** Area of the app where records of a table are edited (for "fix it on its page"). */
export function areaOf(table: string): string {
  if (table === 'requests' || table === 'requestEvents') return '/requests';
  if (['volunteers', 'teams', 'studios', 'enterprises', 'providers'].includes(table)) return '/volunteers';
  if (['residents', 'pairings', 'visits', 'servedEnterprises', 'enterpriseVisits'].includes(table)) return '/residents';
  if (['serviceRecords', 'pointsRules', 'pointsEntries', 'redemptions', 'starRatings', 'activities', 'trainings'].includes(table)) return '/points';
  return '/settings';
}
