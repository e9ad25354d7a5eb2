/**
 * The sync status the header and the sync page show: session state in zustand, never a copy
 * of records (the pending count and rejections are read live from Dexie).
 */
import { create } from 'zustand';
import type { SyncErrorKind } from './errors';
import type { PullProgress } from './pull';

export interface SyncStatus {
  online: boolean;
  syncing: boolean;
  /** ISO time of the last sync that pushed and pulled everything. */
  lastSuccessAt?: string;
  lastError?: { kind: SyncErrorKind; message: string; at: string; retryAfterSeconds?: number };
  /** When the runner will try again by itself (after a transient error). */
  nextRetryAt?: string;
  /** Set while a first sync (or a long catch-up) brings the snapshot. */
  progress?: PullProgress;
  updateAvailable: boolean;
}

export const initialSyncStatus = (): SyncStatus => ({ online: globalThis.navigator?.onLine ?? true, syncing: false, updateAvailable: false });

export const useSyncStatus = create<SyncStatus>(() => initialSyncStatus());
