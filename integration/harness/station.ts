/**
 * A station for integration tests: its own Dexie database (fake-indexeddb) with the real data
 * layer and the real sync runner, enrolled with a real centre through the real enrolment
 * call, talking to it through an injectable fetch (inject-fetch.ts).
 */
import 'fake-indexeddb/auto';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { OrgPath } from '../../shared/org/org-path';
import { LianxinDb } from '../../renderer/src/db/schema';
import { DataLayer } from '../../renderer/src/db/data-layer';
import { enrol } from '../../renderer/src/sync/enrolment';
import { SyncRunner } from '../../renderer/src/sync/runner';
import { inProcessLocks } from '../../renderer/src/sync/locks';
import { initialSyncStatus, type SyncStatus } from '../../renderer/src/sync/status-store';
import type { FetchLike } from '../../renderer/src/sync/centre-client';
import type { Desk } from './requests';

export interface TestStation extends Desk {
  name: string;
  db: LianxinDb;
  runner: SyncRunner;
  status: StoreApi<SyncStatus>;
  online: boolean;
  /** Retries the runner asked for (the test decides when to sync instead of waiting). */
  retries: number;
  /** Refused records this station removed locally (as a person would on the sync page). */
  removed: number;
  close(): Promise<void>;
}

export async function openStation(name: string, stationPath: OrgPath, fetch: FetchLike, code: string, opts: { role?: Desk['role']; pageSize?: number } = {}): Promise<TestStation> {
  const db = new LianxinDb(`it-${name}-${Math.random().toString(36).slice(2)}`);
  await db.open();
  await db.meta.put({ key: 'station', value: { orgPath: stationPath, setUpAt: new Date().toISOString(), lockAfterMinutes: 5 } });
  const status = createStore<SyncStatus>(() => initialSyncStatus());
  const station = { name, db, data: new DataLayer(db), stationPath, operatorId: `op-${name}`, role: opts.role ?? 'stationAdmin', status, online: true, retries: 0, removed: 0 } as unknown as TestStation;
  await enrol(db, { centreUrl: 'http://centre.test', code, label: name, appVersion: '0.1.0', stationPath, fetch });
  station.runner = new SyncRunner({
    db, appVersion: '0.1.0', fetch, status, locks: inProcessLocks(), pageSize: opts.pageSize,
    isOnline: () => station.online,
    scheduleRetry: () => {
      station.retries += 1;
      return () => undefined;
    },
  });
  station.close = async () => {
    db.close();
    await db.delete();
  };
  return station;
}
