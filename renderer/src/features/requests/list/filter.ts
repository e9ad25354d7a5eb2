/**
 * What the request list can be asked for, and the one predicate that decides whether a request
 * matches. The index plan (plan.ts) only chooses where to start reading; this predicate is
 * checked on every row read, so an index choice can never change the answer, only its cost.
 */
import type { HelpRequest, RequestSource, RequestStatus } from '../../../../../shared/domain/entities';
import { OPEN_STATUSES } from '../../../../../shared/requests/lifecycle';
import { isWithin, type OrgPath } from '../../../../../shared/org/org-path';

export interface RequestFilter {
  statuses?: RequestStatus[];
  categoryCode?: string;
  itemCode?: string;
  source?: RequestSource;
  /** Org unit whose subtree the request belongs to (by owner, `orgPath`). */
  orgPath?: OrgPath;
  /** Received on or after `from` and before `to` (ISO instants). */
  from?: string;
  to?: string;
  /** Still open and past its due time. */
  overdue?: boolean;
  /** Caller name (Chinese prefix), pinyin or initials prefix, or mobile prefix. */
  search?: string;
  /** Part of the address, anywhere in it. */
  address?: string;
}

export type SortField = 'receivedAt' | 'dueAt';
export interface RequestSort {
  field: SortField;
  descending: boolean;
}
export const NEWEST_FIRST: RequestSort = { field: 'receivedAt', descending: true };

/** How the search box is read: digits search mobiles, Latin letters pinyin and initials, anything else the Chinese name. */
export type SearchKind = { kind: 'mobile' | 'pinyin' | 'name'; text: string };

export function readSearch(search: string | undefined): SearchKind | null {
  const text = (search ?? '').trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) return { kind: 'mobile', text };
  if (/^[a-zA-Z\s']+$/.test(text)) return { kind: 'pinyin', text: text.toLowerCase().replace(/[^a-z]/g, '') };
  return { kind: 'name', text };
}

const OPEN = new Set<RequestStatus>(OPEN_STATUSES);

export function isOverdue(r: Pick<HelpRequest, 'status' | 'dueAt'>, nowIso: string): boolean {
  return OPEN.has(r.status) && typeof r.dueAt === 'string' && r.dueAt < nowIso;
}

/** The statuses a filter allows: its own list, narrowed to the open ones when it asks for overdue. */
export function allowedStatuses(filter: RequestFilter): RequestStatus[] | null {
  const own = filter.statuses?.length ? filter.statuses : null;
  if (!filter.overdue) return own;
  return own ? own.filter((s) => OPEN.has(s)) : [...OPEN_STATUSES];
}

export function matcher(filter: RequestFilter, nowIso: string): (r: HelpRequest) => boolean {
  const statuses = allowedStatuses(filter);
  const statusSet = statuses ? new Set(statuses) : null;
  const search = readSearch(filter.search);
  const address = filter.address?.trim();
  return (r) => {
    if (r.deleted) return false;
    if (statusSet && !statusSet.has(r.status)) return false;
    if (filter.categoryCode && r.categoryCode !== filter.categoryCode) return false;
    if (filter.itemCode && r.itemCode !== filter.itemCode) return false;
    if (filter.source && r.source !== filter.source) return false;
    if (filter.orgPath && !isWithin(r.orgPath, filter.orgPath)) return false;
    if (filter.from && r.receivedAt < filter.from) return false;
    if (filter.to && r.receivedAt >= filter.to) return false;
    if (filter.overdue && !isOverdue(r, nowIso)) return false;
    if (address && !r.address.includes(address)) return false;
    if (search) {
      if (search.kind === 'mobile' && !r.callerMobile.startsWith(search.text)) return false;
      if (search.kind === 'name' && !r.callerName.startsWith(search.text)) return false;
      if (search.kind === 'pinyin' && !r.callerPinyin.startsWith(search.text) && !r.callerInitials.startsWith(search.text)) return false;
    }
    return true;
  };
}

/** Order of the list: the sort field, then id, so equal times still have one fixed order. */
export function compareRequests(sort: RequestSort): (a: HelpRequest, b: HelpRequest) => number {
  const sign = sort.descending ? -1 : 1;
  return (a, b) => {
    const x = a[sort.field] ?? '';
    const y = b[sort.field] ?? '';
    if (x !== y) return x < y ? -sign : sign;
    return a.id === b.id ? 0 : a.id < b.id ? -sign : sign;
  };
}
