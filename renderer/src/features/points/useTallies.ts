import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';
import { rebuildTallies, talliesCurrent } from './tallies/rebuild';

export interface TallyState {
  rebuilding: boolean;
  progress: { done: number; total: number } | null;
}

let running: Promise<void> | null = null;

/**
 * Keeps the tallies computed with the rules this station holds: when a rule arrives (or the
 * tallies were never computed) every record is re-scored once, with progress to show. One
 * rebuild at a time per window.
 */
export function useTalliesCurrent(): TallyState {
  const stale = useLiveQuery(async () => !(await talliesCurrent(db)), []);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  useEffect(() => {
    if (!stale || running) return;
    // The live query above turns `stale` off once the rebuild stores the rules it used.
    running = rebuildTallies(db, (done, total) => setProgress({ done, total })).finally(() => {
      running = null;
      setProgress(null);
    });
  }, [stale]);
  return { rebuilding: Boolean(stale), progress };
}
