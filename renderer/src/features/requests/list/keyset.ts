/**
 * Keyset paging over index ranges. A page never skips rows with `offset`: it remembers the last
 * row it passed (sort value + id) and the next page starts reading the index right there, so
 * page 2,000 of a million rows costs what page 1 costs.
 *
 * Several ranges (one per status, say) are read side by side and merged in sort order; each
 * is read in growing chunks. Every row read is passed to the filter's predicate; a budget caps
 * how many rows one call may read, so a sparse filter returns a short page and a cursor to go
 * on from rather than freezing the screen.
 */
import Dexie, { type Table } from 'dexie';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import type { RequestSort } from './filter';

/** One index range whose entries share `prefix` and are ordered by the sort field. */
export interface IndexRange {
  /** Dexie index name, e.g. `[status+receivedAt]`, or the bare sort field. */
  index: string;
  /** Equality values of the index parts before the sort field. */
  prefix: string[];
}

/** Where a page stopped: the sort value and id of the last row passed. */
export interface Cursor {
  key: string;
  id: string;
}

export interface Bounds {
  /** Inclusive lower bound of the sort value. */
  from?: string;
  /** Exclusive upper bound. */
  to?: string;
}

export interface ScanResult<T> {
  rows: T[];
  /** Null when the ranges are exhausted. */
  cursor: Cursor | null;
  scanned: number;
}

type Row = HelpRequest & { id: string };

/** Is `r` on the far side of `after` in reading order (not yet passed)? */
export function isAfter(r: Row, sortValue: string, after: Cursor, descending: boolean): boolean {
  if (sortValue !== after.key) return descending ? sortValue < after.key : sortValue > after.key;
  return descending ? r.id < after.id : r.id > after.id;
}

class RangeReader {
  private buffer: Row[] = [];
  private at: Cursor | null;
  private exhausted = false;
  private reads = 0;

  constructor(
    private table: Table<Row, string>,
    private range: IndexRange,
    private sort: RequestSort,
    private bounds: Bounds,
    start: Cursor | null,
    private firstChunk: number,
    /** How many rows the next read should fetch, from what the scan has kept so far. */
    private nextChunk: () => number,
  ) {
    this.at = start;
  }

  private key(v: string | typeof Dexie.maxKey): unknown {
    return this.range.prefix.length ? [...this.range.prefix, v] : v;
  }

  /** The next unread row, reading the next chunk when the buffer is empty. */
  async head(): Promise<Row | undefined> {
    if (this.buffer.length === 0 && !this.exhausted) await this.read();
    return this.buffer[0];
  }

  pop(): Row | undefined {
    return this.buffer.shift();
  }

  private async read(): Promise<void> {
    const { field, descending } = this.sort;
    let lower: string = this.bounds.from ?? '';
    let upper: string | typeof Dexie.maxKey = this.bounds.to ?? Dexie.maxKey;
    let upperOpen = this.bounds.to !== undefined;
    const at = this.at;
    if (at && descending && (typeof upper !== 'string' || at.key <= upper)) {
      upper = at.key;
      upperOpen = false;
    }
    if (at && !descending && at.key > lower) lower = at.key;
    if (typeof upper === 'string' && (upper < lower || (upper === lower && upperOpen))) {
      this.exhausted = true;
      return;
    }
    let collection = this.table.where(this.range.index).between(this.key(lower), this.key(upper), true, !upperOpen);
    if (descending) collection = collection.reverse();
    const chunk = this.reads++ === 0 ? this.firstChunk : this.nextChunk();
    const rows = await collection.limit(chunk).toArray();
    if (rows.length < chunk) this.exhausted = true;
    const last = rows.at(-1);
    if (last) this.at = { key: String(last[field]), id: last.id };
    // The range restarts at the cursor's own sort value: drop the rows with that value already passed.
    this.buffer = at ? rows.filter((r) => isAfter(r, String(r[field]), at, descending)) : rows;
    if (this.buffer.length === 0 && !this.exhausted) await this.read();
  }
}

/**
 * Reads the ranges merged in sort order from `start`, keeping rows that `keep` accepts, until
 * `limit` rows are kept, `budget` rows are read, or the ranges run out.
 */
export async function scanRanges(
  table: Table<Row, string>,
  ranges: IndexRange[],
  sort: RequestSort,
  bounds: Bounds,
  start: Cursor | null,
  keep: (r: HelpRequest) => boolean,
  limit: number,
  budget: number,
  /** How densely `keep` is expected to accept rows (1: every row): sizes the first read. */
  density = 0.25,
): Promise<ScanResult<HelpRequest>> {
  const first = Math.min(Math.ceil((limit + 1) / Math.max(density, 0.01)), 2_000);
  const rows: HelpRequest[] = [];
  let passed: Cursor | null = start;
  let scanned = 0;
  // Later reads are sized by the density seen so far (with a margin), so a page is usually
  // found in one more read without fetching many rows past it; each range gets its share.
  const nextChunk = () => {
    const seen = scanned > 0 ? Math.max(rows.length / scanned, 0.01) : density;
    const wanted = Math.ceil(((limit - rows.length + 1) / seen) * 1.25 / ranges.length);
    return Math.min(Math.max(wanted, 20), 2_000);
  };
  const readers = ranges.map((r) => new RangeReader(table, r, sort, bounds, start, first, nextChunk));
  const heads = await Promise.all(readers.map((r) => r.head()));
  while (rows.length < limit && scanned < budget) {
    let best = -1;
    for (let i = 0; i < heads.length; i++) {
      const h = heads[i];
      if (!h) continue;
      const b = best < 0 ? undefined : heads[best];
      if (!b || isAfter(b, String(b[sort.field]), { key: String(h[sort.field]), id: h.id }, sort.descending)) best = i;
    }
    if (best < 0) return { rows, cursor: null, scanned };
    const row = readers[best]!.pop()!;
    heads[best] = await readers[best]!.head();
    scanned++;
    passed = { key: String(row[sort.field]), id: row.id };
    if (keep(row)) rows.push(row);
  }
  // A full page may have been the last one: peek so the caller can stop asking.
  if (heads.every((h) => !h)) return { rows, cursor: null, scanned };
  return { rows, cursor: passed, scanned };
}
