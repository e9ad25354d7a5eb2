import type { TFunction } from 'i18next';
import type { SyncStatus } from '../../sync/status-store';

/** The plain words for the last sync error. */
export function errorText(t: TFunction, error: NonNullable<SyncStatus['lastError']>): string {
  return t(`syncClient.error.${error.kind}`, { message: error.message, seconds: error.retryAfterSeconds ?? 60 });
}

/** Area of the app where records of a table are edited (for "fix it on its page"). */
export function areaOf(table: string): string {
  if (table === 'requests' || table === 'requestEvents') return '/requests';
  if (['volunteers', 'teams', 'studios', 'enterprises', 'providers'].includes(table)) return '/volunteers';
  if (['residents', 'pairings', 'visits', 'servedEnterprises', 'enterpriseVisits'].includes(table)) return '/residents';
  if (['serviceRecords', 'pointsRules', 'pointsEntries', 'redemptions', 'starRatings', 'activities', 'trainings'].includes(table)) return '/points';
  return '/settings';
}
