import { create } from 'zustand';
import { NEWEST_FIRST, type RequestFilter, type RequestSort } from './filter';

/**
 * The list's filter and sort: UI state, so it lives in zustand (never the rows). It survives
 * opening a request and coming back; the export and print use the same filter.
 */
interface ListFilterState {
  filter: RequestFilter;
  sort: RequestSort;
  setFilter(change: Partial<RequestFilter>): void;
  setSort(sort: RequestSort): void;
  reset(): void;
}

export const useListFilter = create<ListFilterState>((set) => ({
  filter: {},
  sort: NEWEST_FIRST,
  setFilter: (change) => set((s) => ({ filter: { ...s.filter, ...change } })),
  setSort: (sort) => set({ sort }),
  reset: () => set({ filter: {}, sort: NEWEST_FIRST }),
}));
