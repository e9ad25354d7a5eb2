import { useEffect } from 'react';
import type { LianxinDb } from '../db/schema';
import { SyncRunner } from './runner';
import { APP_VERSION } from './version';

let current: SyncRunner | null = null;

/** The runner of this window, for the "sync now" button (null before it starts). */
export function syncRunner(): SyncRunner | null {
  return current;
}

/** Starts this window's sync runner once the station is enrolled; stops it on unmount. */
export function useSyncRunner(db: LianxinDb, enrolled: boolean): void {
  useEffect(() => {
    if (!enrolled) return;
    const runner = new SyncRunner({ db, appVersion: APP_VERSION });
    current = runner;
    const stop = runner.start();
    return () => {
      stop();
      if (current === runner) current = null;
    };
  }, [db, enrolled]);
}
