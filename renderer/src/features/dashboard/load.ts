/**
 * Reads what the dashboard shows for one unit and period from the local database, never the
 * whole requests table:
 * - a city or county: its rows and each child's rows of `dashboardAggregates`, one key range
 *   per unit (`[unit+day]` from the first day to the last): a few thousand small rows;
 * - a town: its own rows likewise, and its villages folded from their requests, one
 *   `[orgPath+receivedAt]` range each (villages have no rows: see shared/dashboard/contribution);
 * - a village: folded from its own requests' range.
 * Service hours and visits of a village come from the same rows as its town's breakdown.
 */
import type { Table } from 'dexie';
import {
  buildView, changeDeltas, periodInstants, SNAPSHOT_DAY, type AggregateRow, type Counters, type DashboardView, type Deltas, type Period,
} from '../../../../shared/dashboard';
import { AGGREGATED_DEPTH } from '../../../../shared/dashboard/contribution';
import { childrenOf } from '../../../../shared/org/org-tree';
import type { LianxinDb } from '../../db/schema';
import { aggregatesTable } from './aggregates/rebuild';

export interface DashboardQuery {
  unit: string;
  period: Period;
}

const depth = (path: string) => path.split('/').length;

async function unitRows(table: Table<AggregateRow, [string, string]>, unit: string, p: Period): Promise<AggregateRow[]> {
  return table.where('[unit+day]').between([unit, p.from], [unit, p.to], true, false).toArray();
}

/** A village's rows (unit = the village), folded from its requests, service records and visits in the period. */
async function villageRows(db: LianxinDb, village: string, p: Period): Promise<AggregateRow[]> {
  const { from, to } = periodInstants(p);
  const [requests, services, visits] = await Promise.all([
    db.synced('requests').where('[orgPath+receivedAt]').between([village, from], [village, to], true, false).toArray(),
    db.synced('serviceRecords').where('orgPath').equals(village).filter((r) => r.date >= p.from && r.date < p.to).toArray(),
    db.synced('visits').where('orgPath').equals(village).filter((r) => r.date >= p.from && r.date < p.to).toArray(),
  ]);
  const deltas: Deltas = new Map();
  for (const r of requests) changeDeltas('requests', undefined, { ...r, orgPath: 'V' }, deltas);
  for (const r of services) changeDeltas('serviceRecords', undefined, { ...r, orgPath: 'V' }, deltas);
  for (const r of visits) changeDeltas('visits', undefined, { ...r, orgPath: 'V' }, deltas);
  // Folded under a stand-in path so each record counts once, in the village's own row.
  return [...deltas.values()].filter((d) => d.unit === 'V').map((d) => ({ unit: village, day: d.day, c: d.c }));
}

/** The village's standing counts (volunteers, pairings), which have no rows of their own either. */
async function villageSnapshot(db: LianxinDb, village: string): Promise<Counters> {
  const deltas: Deltas = new Map();
  await db.synced('volunteers').where('orgPath').equals(village).each((r) => void changeDeltas('volunteers', undefined, { ...r, orgPath: 'V' }, deltas));
  await db.synced('pairings').where('orgPath').equals(village).each((r) => void changeDeltas('pairings', undefined, { ...r, orgPath: 'V' }, deltas));
  return deltas.get(`V|${SNAPSHOT_DAY}`)?.c ?? {};
}

export async function loadDashboard(db: LianxinDb, q: DashboardQuery): Promise<DashboardView> {
  const table = aggregatesTable(db);
  const { unit, period } = q;
  const children = childrenOf(unit).map((u) => u.path);
  if (depth(unit) > AGGREGATED_DEPTH) {
    const [rows, snapshot] = await Promise.all([villageRows(db, unit, period), villageSnapshot(db, unit)]);
    return buildView(unit, period, rows, new Map(), snapshot);
  }
  const childrenAreVillages = depth(unit) === AGGREGATED_DEPTH;
  const [own, snapshotRow, ...childRows] = await Promise.all([
    unitRows(table, unit, period),
    table.get([unit, SNAPSHOT_DAY]),
    ...children.map((c) => (childrenAreVillages ? villageRows(db, c, period) : unitRows(table, c, period))),
  ]);
  return buildView(unit, period, own, new Map(children.map((c, i) => [c, childRows[i]!])), snapshotRow?.c ?? {});
}
