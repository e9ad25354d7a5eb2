/**
 * Per-field last-writer-wins by HLC (ARCHITECTURE.md, "Unit of change"): a pulled change
 * replaces a local field only when its clock is later than that field's local clock, which
 * is `_clocks[field]`, or the record's creation clock `_hlc` for a field never changed since.
 * Every replica applying the same changes in any order ends with the same values. Pure.
 */
import type { Change } from '../../../shared/sync/protocol';
import { compareHlc } from '../../../shared/clock/hlc';

export interface ClockedRecord {
  id: string;
  orgPath: string;
  _hlc: string;
  _clocks?: Record<string, string>;
  [field: string]: unknown;
}

/** Bookkeeping and identity: never taken from a pulled change. */
const NOT_MERGED = new Set(['id', '_hlc', '_clocks', 'flags']);

/**
 * The clock of a field's local value. A field the record has never held has no clock at all
 * (''), so any write of it is newer: the creation clock covers only the fields it created.
 */
export function fieldClock(record: ClockedRecord, field: string): string {
  return record._clocks?.[field] ?? (field in record ? record._hlc : '');
}

/** The record after applying `change`, or null when the change brings nothing newer. */
export function mergeChange(existing: ClockedRecord | undefined, change: Change): ClockedRecord | null {
  const incoming = Object.entries(change.fields).filter(([field]) => !NOT_MERGED.has(field) && change.clocks[field] !== undefined);
  if (incoming.length === 0) return null;
  if (!existing) return createFrom(change, incoming);
  let next: ClockedRecord | null = null;
  for (const [field, value] of incoming) {
    const remote = change.clocks[field]!;
    if (compareHlc(remote, fieldClock(next ?? existing, field)) <= 0) continue;
    next ??= { ...existing, _clocks: { ...existing._clocks } };
    next[field] = value;
    next._clocks![field] = remote;
  }
  return next;
}

/**
 * A record first seen through a pull: the earliest clock becomes its creation clock, and only
 * fields written later keep a clock of their own (as if it had been created here).
 */
function createFrom(change: Change, incoming: [string, unknown][]): ClockedRecord {
  const clocks = incoming.map(([field]) => change.clocks[field]!);
  const created = clocks.reduce((a, b) => (compareHlc(a, b) <= 0 ? a : b));
  const own: Record<string, string> = {};
  for (const [field] of incoming) if (change.clocks[field] !== created) own[field] = change.clocks[field]!;
  return {
    orgPath: change.orgPath,
    ...Object.fromEntries(incoming),
    id: change.recordId,
    _hlc: created,
    ...(Object.keys(own).length ? { _clocks: own } : {}),
  };
}

/** The latest clock of a change, to move this device's HLC past everything it has seen. */
export function latestClock(changes: readonly Change[]): string | undefined {
  let latest: string | undefined;
  for (const c of changes) for (const hlc of Object.values(c.clocks)) if (!latest || compareHlc(hlc, latest) > 0) latest = hlc;
  return latest;
}
