import { useLiveQuery } from 'dexie-react-hooks';
import { data } from '../../db';

/** Changes made here that the centre has not yet acknowledged. */
export function usePendingCount(): number {
  return useLiveQuery(() => data.pendingCount(), [], 0);
}
