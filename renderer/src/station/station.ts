import { useLiveQuery } from 'dexie-react-hooks';
import type { OrgPath } from '../../../shared/org/org-path';
import { db } from '../db';

/** The org unit this PC serves, chosen once at first run. */
export interface Station {
  orgPath: OrgPath;
  setUpAt: string;
  /** Minutes of inactivity before the app locks. */
  lockAfterMinutes: number;
}

const KEY = 'station';
export const DEFAULT_LOCK_MINUTES = 5;

export async function readStation(): Promise<Station | null> {
  return ((await db.meta.get(KEY))?.value as Station | undefined) ?? null;
}

export async function saveStation(station: Station): Promise<void> {
  await db.meta.put({ key: KEY, value: station });
}

/** `undefined` while loading, `null` before first run. */
export function useStation(): Station | null | undefined {
  return useLiveQuery(readStation, [], undefined);
}
