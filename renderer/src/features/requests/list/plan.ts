/**
 * Which index a list query reads. Each filter that has a compound index with the sort field
 * (status, item, category, source, org unit) offers a set of ranges; a cheap probe reads at
 * most PROBE primary keys from each (in parallel), and the smallest wins. When every candidate is large, any
 * of them yields matches densely enough that a page is found after a short read.
 */
import type { Table } from 'dexie';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import { childrenOf } from '../../../../../shared/org/org-tree';
import { allowedStatuses, readSearch, type RequestFilter, type RequestSort } from './filter';
import type { Bounds, IndexRange } from './keyset';

export interface Plan {
  /** Short name for docs and the bench, e.g. `status`, `item`, `all`. */
  name: string;
  ranges: IndexRange[];
  bounds: Bounds;
  /** The ranges express the whole filter: counting them is counting the matches. */
  exact: boolean;
}

/**
 * Entries probed per candidate. Each costs a step through the index, and Chromium checks every
 * index entry against its record: ~0.1 ms an entry in a 345,000-request database here, so 500
 * per candidate cost more than the page itself (docs/performance.md).
 */
const PROBE = 200;
/** Beyond this many org units a subtree is not worth one range each. */
const MAX_ORG_RANGES = 40;

function subtree(path: string): string[] {
  const out = [path];
  for (let i = 0; i < out.length && out.length <= MAX_ORG_RANGES; i++) out.push(...childrenOf(out[i]!).map((u) => u.path));
  return out;
}

/** Candidate plans for a filter, the whole-table fallback last. */
export function candidates(filter: RequestFilter, sort: RequestSort, nowIso: string): Plan[] {
  const f = sort.field;
  const bounds: Bounds = f === 'receivedAt' ? { from: filter.from, to: filter.to } : filter.overdue ? { to: nowIso } : {};
  const dims = [filter.statuses?.length || filter.overdue, filter.itemCode, filter.categoryCode, filter.source, filter.orgPath].filter(Boolean).length;
  const onlyIndexable = !readSearch(filter.search) && !filter.address?.trim() && (f === 'receivedAt' || (!filter.from && !filter.to));
  // A single dimension is expressed exactly by its ranges; overdue by receivedAt also needs dueAt checked.
  const exactFor = (dim: 'status' | 'other') => onlyIndexable && dims === 1 && (dim === 'other' || f === 'dueAt' || !filter.overdue);
  const plans: Plan[] = [];
  const statuses = allowedStatuses(filter);
  if (statuses) plans.push({ name: 'status', ranges: statuses.map((s) => ({ index: `[status+${f}]`, prefix: [s] })), bounds, exact: exactFor('status') });
  if (f === 'receivedAt') {
    if (filter.itemCode) plans.push({ name: 'item', ranges: [{ index: '[itemCode+receivedAt]', prefix: [filter.itemCode] }], bounds, exact: exactFor('other') });
    if (filter.categoryCode) plans.push({ name: 'category', ranges: [{ index: '[categoryCode+receivedAt]', prefix: [filter.categoryCode] }], bounds, exact: exactFor('other') });
    if (filter.source) plans.push({ name: 'source', ranges: [{ index: '[source+receivedAt]', prefix: [filter.source] }], bounds, exact: exactFor('other') });
    if (filter.orgPath) {
      const paths = subtree(filter.orgPath);
      if (paths.length <= MAX_ORG_RANGES) plans.push({ name: 'org', ranges: paths.map((p) => ({ index: '[orgPath+receivedAt]', prefix: [p] })), bounds, exact: exactFor('other') });
    }
  }
  plans.push({ name: 'all', ranges: [{ index: f, prefix: [] }], bounds, exact: onlyIndexable && dims === 0 });
  return plans;
}

export function rangeCollection(table: Table<HelpRequest, string>, range: IndexRange, bounds: Bounds) {
  const key = (v: unknown) => (range.prefix.length ? [...range.prefix, v] : v);
  // '\uffff' sorts after every ISO time: the open upper end of a range.
  return table.where(range.index).between(key(bounds.from ?? ''), key(bounds.to ?? '\uffff'), true, false);
}

/** Up to PROBE entries of a plan's ranges: enough to tell a small plan from a large one. */
async function probe(table: Table<HelpRequest, string>, plan: Plan): Promise<number> {
  let n = 0;
  for (const r of plan.ranges) {
    n += (await rangeCollection(table, r, plan.bounds).limit(PROBE - n).primaryKeys()).length;
    if (n >= PROBE) break;
  }
  return n;
}

/** The cheapest plan: the smallest probed candidate, or the first when all are large. */
export async function choosePlan(table: Table<HelpRequest, string>, filter: RequestFilter, sort: RequestSort, nowIso: string): Promise<Plan> {
  const plans = candidates(filter, sort, nowIso);
  if (plans.length <= 2) return plans[0]!;
  const sizes = await Promise.all(plans.slice(0, -1).map((p) => probe(table, p)));
  let best = 0;
  sizes.forEach((size, i) => {
    if (size < sizes[best]!) best = i;
  });
  return plans[best]!;
}
