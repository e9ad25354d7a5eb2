import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HelpRequest, RequestStatus } from '../domain/entities';
import { isWithin } from '../org/org-path';
import { OPEN_STATUSES } from '../requests/lifecycle';
import { applyDeltas, changeDeltas, foldRecords, TALLY, type AggregateRow } from './aggregate';
import { DONE_STATUSES, type CountedRequest } from './contribution';
import { sumCounters, type Counters } from './counters';
import { addDays, periodInstants, type Period } from './period';
import { buildView } from './view';

const PATHS = ['JX', 'JX/NH', 'JX/NH/T01', 'JX/NH/T01/V001', 'JX/NH/T01/V002', 'JX/NH/T02/V001', 'JX/XZ', 'JX/XZ/T03/V009'];
const UNITS = ['JX', 'JX/NH', 'JX/NH/T01', 'JX/NH/T02', 'JX/XZ', 'JX/XZ/T03'];
const STATUSES: RequestStatus[] = ['intake', 'dispatched', 'accepted', 'inProgress', 'completed', 'callbackDone', 'archived', 'returned', 'escalated', 'redo'];
/** 25 Nov 2026 00:00 China time; the random times span five days around midnights. */
const T0 = Date.parse('2026-11-24T16:00:00.000Z');
const iso = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

const request: fc.Arbitrary<CountedRequest> = fc.record({
  orgPath: fc.constantFrom(...PATHS),
  receivedAt: fc.integer({ min: 0, max: 5 * 1440 }).map(iso),
  categoryCode: fc.constantFrom('C1', 'C2'),
  itemCode: fc.constantFrom('C1-01', 'C1-02', 'C2-05'),
  source: fc.constantFrom('hotline', 'visit', 'app') as fc.Arbitrary<HelpRequest['source']>,
  type: fc.constantFrom('help', 'complaint') as fc.Arbitrary<HelpRequest['type']>,
  status: fc.constantFrom(...STATUSES),
  dueAt: fc.option(fc.integer({ min: 0, max: 8 * 1440 }).map(iso), { nil: undefined }),
  closedAt: fc.option(fc.integer({ min: 0, max: 8 * 1440 }).map(iso), { nil: undefined }),
  satisfaction: fc.option(fc.constantFrom('satisfied', 'basicallySatisfied', 'dissatisfied') as fc.Arbitrary<NonNullable<HelpRequest['satisfaction']>>, { nil: undefined }),
  deleted: fc.option(fc.constant(true), { nil: undefined, freq: 6 }),
}).map((r) => ({ ...r, closedAt: r.closedAt && r.closedAt < r.receivedAt ? r.receivedAt : r.closedAt }));

type Op = { id: number; next: CountedRequest | null };
const ops = fc.array(fc.record({ id: fc.integer({ min: 0, max: 30 }), next: fc.option(request, { nil: null, freq: 5 }) }), { maxLength: 120 });

/** Applies ops the way the station does: one change at a time, rows read and written back. */
function incremental(list: Op[]): { truth: Map<number, CountedRequest>; rows: Map<string, AggregateRow> } {
  const truth = new Map<number, CountedRequest>();
  const rows = new Map<string, AggregateRow>();
  for (const { id, next } of list) {
    const { put, remove } = applyDeltas(rows, changeDeltas('requests', truth.get(id), next ?? undefined));
    for (const r of put) rows.set(`${r.unit}|${r.day}`, r);
    for (const [unit, day] of remove) rows.delete(`${unit}|${day}`);
    if (next) truth.set(id, next);
    else truth.delete(id);
  }
  return { truth, rows };
}

/** The counts the request list would give: each request tested by hand against the filter. */
function bruteForce(requests: Iterable<CountedRequest>, unit: string, p: Period) {
  const { from, to } = periodInstants(p);
  const hits = [...requests].filter((r) => !r.deleted && isWithin(r.orgPath, unit) && r.receivedAt >= from && r.receivedAt < to);
  const count = (f: (r: CountedRequest) => boolean) => hits.filter(f).length;
  return {
    n: hits.length,
    byStatus: Object.fromEntries(STATUSES.map((s) => [s, count((r) => r.status === s)]).filter(([, v]) => v)),
    c1: count((r) => r.categoryCode === 'C1'),
    hotline: count((r) => r.source === 'hotline'),
    open: count((r) => OPEN_STATUSES.includes(r.status)),
    done: count((r) => DONE_STATUSES.has(r.status)),
    onTime: count((r) => DONE_STATUSES.has(r.status) && !!r.dueAt && !!r.closedAt && r.closedAt <= r.dueAt),
    satisfied: count((r) => r.satisfaction === 'satisfied' || r.satisfaction === 'basicallySatisfied'),
    rated: count((r) => !!r.satisfaction),
  };
}

function fromRows(rows: Iterable<AggregateRow>, unit: string, p: Period) {
  const c: Counters = sumCounters([...rows].filter((r) => r.unit === unit && r.day >= p.from && r.day < p.to).map((r) => r.c));
  return {
    n: c.n ?? 0,
    byStatus: Object.fromEntries(STATUSES.map((s) => [s, c[`st:${s}`] ?? 0]).filter(([, v]) => v)),
    c1: c['cat:C1'] ?? 0,
    hotline: c['src:hotline'] ?? 0,
    open: c.open ?? 0,
    done: c.done ?? 0,
    onTime: c.onTime ?? 0,
    satisfied: (c['sat:satisfied'] ?? 0) + (c['sat:basicallySatisfied'] ?? 0),
    rated: c.rated ?? 0,
  };
}

const period = fc.tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 1, max: 5 })).map(([start, len]) => ({ from: addDays('2026-11-24', start), to: addDays('2026-11-24', start + len) }));

describe('dashboard aggregates', () => {
  it('kept up change by change, equal a brute-force count of the requests for every unit and period', () => {
    fc.assert(fc.property(ops, period, (list, p) => {
      const { truth, rows } = incremental(list);
      for (const unit of UNITS) expect(fromRows(rows.values(), unit, p)).toEqual(bruteForce(truth.values(), unit, p));
    }), { numRuns: 300 });
  });

  it('kept up change by change, equal the rows folded afresh from the final requests (no stray or empty rows)', () => {
    fc.assert(fc.property(ops, (list) => {
      const { truth, rows } = incremental(list);
      const fresh = foldRecords('requests', truth.values());
      const sorted = (m: Map<string, AggregateRow>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
      expect(sorted(rows)).toEqual(sorted(fresh));
      expect(rows.get(`${TALLY.unit}|${TALLY.day}`)?.c.rows ?? 0).toBe(truth.size);
    }), { numRuns: 300 });
  });

  it('a unit\'s children and its own requests add up to its total', () => {
    fc.assert(fc.property(fc.array(request, { maxLength: 60 }), period, (requests, p) => {
      const rows = [...foldRecords('requests', requests).values()];
      const children = new Map(['JX/NH/T01', 'JX/NH/T02'].map((u) => [u, rows.filter((r) => r.unit === u)]));
      const view = buildView('JX/NH', p, rows.filter((r) => r.unit === 'JX/NH'), children);
      expect(sumCounters([view.own, ...view.children.map((c) => c.total)])).toEqual(view.total);
      expect(view.own.n ?? 0).toBe(bruteForce(requests.filter((r) => r.orgPath === 'JX/NH'), 'JX/NH', p).n);
      expect(sumCounters(view.series.map((s) => s.c))).toEqual(view.total);
    }), { numRuns: 200 });
  });

  it('draws every bucket of the period, a quiet one as zero rather than a gap', () => {
    const p = { from: '2025-12-01', to: '2026-11-30' };
    const view = buildView('JX/NH', p, [{ unit: 'JX/NH', day: '2026-03-15', c: { n: 2 } }], new Map());
    expect(view.series.map((s) => s.key)).toEqual(['2025-12', ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)]);
    expect(view.series.map((s) => s.c.n ?? 0)).toEqual([0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0]);
    const month = buildView('JX/NH', { from: '2026-11-01', to: '2026-12-01' }, [], new Map());
    expect(month.series.map((s) => s.key)).toEqual(Array.from({ length: 30 }, (_, i) => addDays('2026-11-01', i)));
  });

  it('counts a service record\'s hours until the centre voids it, and again if the mark is cleared', () => {
    const record = { orgPath: 'JX/NH/T01/V001', date: '2026-11-25', hours: 2 };
    // The village's day counts on its town's row (aggregates stop at towns).
    const town = (deltas: Map<string, { unit: string; day: string; c: Counters }>) => [...deltas.values()].find((d) => d.unit === 'JX/NH/T01' && d.day === record.date)?.c;
    expect(town(changeDeltas('serviceRecords', undefined, record))).toEqual({ svc: 1, svcMin: 120 });
    expect(town(changeDeltas('serviceRecords', record, { ...record, voided: true }))).toEqual({ svc: -1, svcMin: -120 });
    expect(town(changeDeltas('serviceRecords', { ...record, voided: true }, { ...record, voided: false }))).toEqual({ svc: 1, svcMin: 120 });
  });
});
