import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../db';

/** Changes made here that the centre has not yet acknowledged. */
export function usePendingCount(): number {
  return useLiveQuery(() => db.outbox.count(), [], 0);
}
