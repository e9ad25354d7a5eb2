/**
 * The dashboard's two local-only tables (schema version 7, never synced):
 * - `dashboardAggregates` `[unit+day]`: one row per city/county/town and China-time day, the
 *   summed counters of the requests received there that day (shared/dashboard), plus the tally
 *   row `['*','*']` counting every stored request;
 * - `dashboardCentre` `unit`: city-wide figures the centre computed for a unit, with when they
 *   were fetched, so a county or city station shows them offline, labelled with their age.
 */
import type { AggregateRow } from '../../../../../shared/dashboard';
import type { Period } from '../../../../../shared/dashboard/period';

export const AGGREGATES = 'dashboardAggregates';
export const CENTRE_CACHE = 'dashboardCentre';
export const REQUESTS = 'requests';

export const DASHBOARD_STORES: Record<string, string> = {
  [AGGREGATES]: '[unit+day]',
  [CENTRE_CACHE]: 'unit',
};

/** Figures the centre computed for `unit` (its own rows and its children's), cached here. */
export interface CentreFigures {
  unit: string;
  period: Period;
  /** When the centre computed them (its clock) and when this station received them. */
  computedAt: string;
  fetchedAt: string;
  rows: AggregateRow[];
}
