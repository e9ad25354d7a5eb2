/**
 * What the sync client keeps on the station, besides the outbox: its enrolment (in `meta`),
 * the pull cursor (in `meta`, written in the same transaction as the page it belongs to) and
 * the mutations the centre rejected (table `rejections`, schema version 4).
 */
import type { Table } from 'dexie';
import type { OrgPath } from '../../../shared/org/org-path';
import type { Mutation } from '../../../shared/sync/mutation';
import type { RejectCode } from '../../../shared/sync/protocol';
import type { LianxinDb, MetaRow } from '../db/schema';

export interface Enrolment {
  centreUrl: string;
  /** The centre's id of this device (distinct from the HLC node id in `meta.device`). */
  deviceId: string;
  credential: string;
  orgPath: OrgPath;
  /** This PC's place among its unit's enrolled PCs; it goes into request numbers. Absent from an older centre. */
  seat?: number;
  enrolledAt: string;
}

/** A mutation the centre refused for good: shown on the sync page until fixed or discarded. */
export interface Rejection {
  mutationId: string;
  seq: number;
  table: Mutation['table'];
  recordId: string;
  code: RejectCode;
  message: string;
  mutation: Mutation;
  rejectedAt: string;
}

export const ENROLMENT_KEY = 'syncEnrolment';
export const CURSOR_KEY = 'syncCursor';
export const LAST_SYNC_KEY = 'syncLastSuccess';

export function rejectionsTable(db: LianxinDb): Table<Rejection, string> {
  return db.table('rejections');
}

export async function readEnrolment(meta: Table<MetaRow, string>): Promise<Enrolment | undefined> {
  return (await meta.get(ENROLMENT_KEY))?.value as Enrolment | undefined;
}

export async function readCursor(meta: Table<MetaRow, string>): Promise<string | undefined> {
  return (await meta.get(CURSOR_KEY))?.value as string | undefined;
}

export async function readLastSync(meta: Table<MetaRow, string>): Promise<string | undefined> {
  return (await meta.get(LAST_SYNC_KEY))?.value as string | undefined;
}
