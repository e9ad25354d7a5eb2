/**
 * A device's scope, from its enrolled org unit (never from a request body). Reading follows
 * the shared rule `isVisibleTo`; writing is narrower: a station writes only inside its own
 * subtree, records shared down from an ancestor (catalogue, teams…) are read-only to it, and
 * the centre-owned tables (the org tree) are read-only to every station, the city's included.
 */
import { CENTRE_OWNED_TABLES, SHARED_DOWN_TABLES, type SyncedTableName } from '../../shared/domain/entities';
import { ancestorsOf, isVisibleTo, isWithin, type OrgPath } from '../../shared/org/org-path';
import type { RejectCode } from '../../shared/sync/protocol';

export function isSharedDown(table: SyncedTableName): boolean {
  return SHARED_DOWN_TABLES.includes(table);
}

export function canRead(table: SyncedTableName, recordPath: OrgPath, devicePath: OrgPath): boolean {
  return isVisibleTo(recordPath, devicePath, isSharedDown(table));
}

/** Why a device may not write a record at `recordPath`, or null when it may. */
export function writeRefusal(table: SyncedTableName, recordPath: OrgPath, devicePath: OrgPath): { code: RejectCode; message: string } | null {
  if (isWithin(recordPath, devicePath))
    return CENTRE_OWNED_TABLES.includes(table) ? { code: 'readOnly', message: `${table} are kept by the city centre (its administrator edits them): no station may change them` } : null;
  if (canRead(table, recordPath, devicePath))
    return { code: 'readOnly', message: `${table} of ${recordPath} are shared down from a higher level: this station (${devicePath}) may read them but not change them` };
  return { code: 'outOfScope', message: `${recordPath} is outside this station's area (${devicePath})` };
}

/**
 * The org-path ranges a device reads, as the SQL layer needs them: its own subtree (the path
 * itself plus every path starting with `path/`, which sorts between `path/` and `path0` since
 * '0' follows '/' in ASCII) and, for shared-down tables only, each ancestor path exactly.
 */
export interface ReadScope {
  path: OrgPath;
  /** Exclusive bounds of the strict subtree: `path/` < p < `path0`. */
  below: { from: string; to: string };
  ancestors: OrgPath[];
  sharedDownTables: readonly SyncedTableName[];
}

export function readScope(devicePath: OrgPath): ReadScope {
  return { path: devicePath, below: { from: `${devicePath}/`, to: `${devicePath}0` }, ancestors: ancestorsOf(devicePath), sharedDownTables: SHARED_DOWN_TABLES };
}
