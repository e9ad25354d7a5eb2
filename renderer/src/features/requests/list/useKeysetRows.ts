import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import type { Cursor } from './keyset';

const FIRST_SCREEN = 40;

export type PageLoader = (cursor: Cursor | null) => Promise<{ rows: HelpRequest[]; cursor: Cursor | null }>;

export interface KeysetRows {
  rows: HelpRequest[];
  /** More pages exist (or a sparse filter has more to search). */
  more: boolean;
  loading: boolean;
  /** Ask for the next page; ignored while one is loading. */
  loadMore(): void;
}

/**
 * Rows fetched page by page as the list scrolls. `key` names the query (filter, sort, data
 * version): when it changes, the rows start over from the first page. A reply for an older key
 * is dropped, so a quick typist never sees the rows of a filter they already left.
 */
export function useKeysetRows(key: string, load: PageLoader): KeysetRows {
  const [state, setState] = useState<{ key: string; rows: HelpRequest[]; cursor: Cursor | null; more: boolean }>({ key, rows: [], cursor: null, more: true });
  const [loading, setLoading] = useState(false);
  const busy = useRef<string | null>(null);
  const loadRef = useRef(load);
  // A layout effect: the rows component's own (passive) effects may ask for a page in the same
  // commit, and must already get the loader of the new filter.
  useLayoutEffect(() => {
    loadRef.current = load;
  });
  const current = state.key === key ? state : { key, rows: [], cursor: null, more: true };

  const loadMore = useCallback(() => {
    if (busy.current === key || !current.more) return;
    busy.current = key;
    setLoading(true);
    void loadRef.current(current.cursor).then(
      (page) => {
        if (busy.current !== key) return;
        busy.current = null;
        setLoading(false);
        setState((s) => {
          const base = s.key === key ? s.rows : [];
          return { key, rows: [...base, ...page.rows], cursor: page.cursor, more: page.cursor !== null };
        });
      },
      (error: unknown) => {
        busy.current = null;
        setLoading(false);
        console.error(error);
      },
    );
  }, [key, current.cursor, current.more]);

  // Fill the first screen; a sparse filter may need several short pages for it.
  useEffect(() => {
    if (current.rows.length < FIRST_SCREEN && current.more) loadMore();
  }, [current.rows.length, current.more, loadMore]);

  return { rows: current.rows, more: current.more, loading, loadMore };
}
