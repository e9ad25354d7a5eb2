/**
 * The sync runner of one station: push the outbox, then pull, under one lock across windows.
 * It runs after a local change (debounced), every few minutes, when the network returns, and
 * when asked ("sync now"); after a transient failure it retries with backoff and jitter.
 */
import { liveQuery, type Subscription } from 'dexie';
import type { StoreApi } from 'zustand';
import { MAX_PUSH_MUTATIONS } from '../../../shared/sync/protocol';
import type { LianxinDb } from '../db/schema';
import { peekDevice } from '../db/device';
import { CentreClient, type FetchLike } from './centre-client';
import { SyncError, isTransient } from './errors';
import { backoffDelay } from './backoff';
import { defaultLocks, type LockManagerLike } from './locks';
import { CURSOR_KEY, LAST_SYNC_KEY, readEnrolment } from './local-state';
import { pushOnce } from './push';
import { pullAll } from './pull';
import { repairLostPush } from './resync';
import { useSyncStatus, type SyncStatus } from './status-store';

export type SyncOutcome = 'done' | 'busy' | 'notEnrolled' | 'failed';

export interface RunnerOptions {
  db: LianxinDb;
  appVersion: string;
  fetch?: FetchLike;
  isOnline?: () => boolean;
  locks?: LockManagerLike;
  status?: StoreApi<SyncStatus>;
  debounceMs?: number;
  periodMs?: number;
  pageSize?: number;
  random?: () => number;
  now?: () => number;
  /** Schedules the retry after a transient failure; tests pass one that records instead of waiting. */
  scheduleRetry?: (run: () => void, ms: number) => () => void;
}

export class SyncRunner {
  private readonly status: StoreApi<SyncStatus>;
  private readonly locks: LockManagerLike;
  private maxMutations = MAX_PUSH_MUTATIONS;
  private failures = 0;
  private running = false;
  private again = false;
  private debounce?: ReturnType<typeof setTimeout>;
  private cancelRetry: () => void = () => undefined;

  constructor(private readonly options: RunnerOptions) {
    this.status = options.status ?? useSyncStatus;
    this.locks = options.locks ?? defaultLocks();
  }

  private get lockName(): string {
    return this.options.db.name === 'lianxin' ? 'lianxin-sync' : `lianxin-sync:${this.options.db.name}`;
  }

  /** Push then pull once; 'busy' when another window of this station is syncing. */
  async syncNow(): Promise<SyncOutcome> {
    if (this.running) {
      this.again = true;
      return 'busy';
    }
    this.running = true;
    try {
      let outcome: SyncOutcome;
      do {
        this.again = false;
        outcome = await this.locks.request(this.lockName, { ifAvailable: true }, (lock) => (lock ? this.runLocked() : Promise.resolve('busy' as const)));
      } while (this.again && outcome === 'done');
      return outcome;
    } finally {
      this.running = false;
    }
  }

  /** Asks for a sync soon: local changes arrive in bursts, one sync takes them all. */
  changed(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.syncNow(), this.options.debounceMs ?? 2_000);
  }

  /** Wires the triggers; returns the function that stops them. */
  start(): () => void {
    const { db } = this.options;
    let first = true;
    const outbox: Subscription = liveQuery(() => db.outbox.orderBy('seq').lastKey()).subscribe({
      next: () => {
        if (first) first = false;
        else this.changed();
      },
      error: () => undefined,
    });
    const online = () => {
      this.status.setState({ online: true });
      this.failures = 0;
      void this.syncNow();
    };
    const offline = () => this.status.setState({ online: false });
    globalThis.addEventListener?.('online', online);
    globalThis.addEventListener?.('offline', offline);
    const period = setInterval(() => void this.syncNow(), this.options.periodMs ?? 3 * 60_000);
    void this.syncNow();
    return () => {
      outbox.unsubscribe();
      globalThis.removeEventListener?.('online', online);
      globalThis.removeEventListener?.('offline', offline);
      clearInterval(period);
      clearTimeout(this.debounce);
      this.cancelRetry();
    };
  }

  private async runLocked(): Promise<SyncOutcome> {
    const { db } = this.options;
    const enrolment = await readEnrolment(db.meta);
    if (!enrolment) return 'notEnrolled';
    const now = this.options.now ?? Date.now;
    const client = new CentreClient({ centreUrl: enrolment.centreUrl, credential: enrolment.credential, fetch: this.options.fetch, isOnline: this.options.isOnline });
    this.cancelRetry();
    this.status.setState({ syncing: true, nextRetryAt: undefined });
    try {
      await this.pushAll(client);
      await this.pullWithResync(client);
      const at = new Date(now()).toISOString();
      await db.meta.put({ key: LAST_SYNC_KEY, value: at });
      this.failures = 0;
      this.status.setState({ lastSuccessAt: at, online: true, progress: undefined, lastError: undefined });
      return 'done';
    } catch (e) {
      this.fail(e, now());
      return 'failed';
    } finally {
      this.status.setState({ syncing: false });
    }
  }

  private async pushAll(client: CentreClient): Promise<void> {
    let repaired = false;
    for (;;) {
      let result;
      try {
        result = await pushOnce(this.options.db, client, { maxMutations: this.maxMutations, appVersion: this.options.appVersion, now: this.options.now });
      } catch (e) {
        // 413: the centre takes smaller batches; halve until one mutation per request.
        if (e instanceof SyncError && e.kind === 'tooLarge' && this.maxMutations > 1) {
          const device = await peekDevice(this.options.db.meta);
          const sent = Math.min(this.maxMutations, device ? device.seq - device.ackedSeq : this.maxMutations);
          this.maxMutations = Math.max(1, Math.ceil(sent / 2));
          continue;
        }
        // 409: the centre lost acknowledged changes; restore them from this station's records once.
        if (e instanceof SyncError && e.kind === 'resyncRequired' && e.lastApplied !== undefined && !repaired) {
          repaired = true;
          await repairLostPush(this.options.db, client, e.lastApplied, { pageSize: this.options.pageSize, now: this.options.now });
          continue;
        }
        throw e;
      }
      if (!result) return;
      if (result.updateAvailable) this.status.setState({ updateAvailable: true });
    }
  }

  /** 409 on pull: the centre no longer knows this cursor; start the pull again from nothing (merging is idempotent). */
  private async pullWithResync(client: CentreClient): Promise<void> {
    const onProgress = (progress: SyncStatus['progress']) => this.status.setState({ progress });
    try {
      await pullAll(this.options.db, client, { pageSize: this.options.pageSize, now: this.options.now, onProgress });
    } catch (e) {
      if (!(e instanceof SyncError) || e.kind !== 'resyncRequired') throw e;
      await this.options.db.meta.delete(CURSOR_KEY);
      await pullAll(this.options.db, client, { pageSize: this.options.pageSize, now: this.options.now, onProgress });
    }
  }

  private fail(e: unknown, now: number): void {
    const error = e instanceof SyncError ? e : new SyncError('protocol', (e as Error)?.message ?? String(e));
    const at = new Date(now).toISOString();
    this.status.setState({ lastError: { kind: error.kind, message: error.message, at, retryAfterSeconds: error.retryAfterSeconds }, online: error.kind !== 'offline' });
    // Offline waits for the 'online' event; a person must act on the rest (re-enrol, update, fix).
    if (!isTransient(error.kind) || error.kind === 'offline') return;
    this.failures += 1;
    const wait = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : backoffDelay(this.failures, { random: this.options.random });
    this.status.setState({ nextRetryAt: new Date(now + wait).toISOString() });
    const schedule = this.options.scheduleRetry ?? ((run, ms) => {
      const timer = setTimeout(run, ms);
      return () => clearTimeout(timer);
    });
    this.cancelRetry = schedule(() => void this.syncNow(), wait);
  }
}
