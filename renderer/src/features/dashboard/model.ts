/**
 * From a dashboard view to the tables the charts draw and the exports save: one place decides
 * labels, order and which counters a chart shows, so a chart and its xlsx never disagree.
 */
import type { TFunction } from 'i18next';
import { addDays, byPrefix, figuresOf, weekOf, type Counters, type DashboardView } from '../../../../shared/dashboard';
import { CATALOGUE_ITEMS, CATEGORIES } from '../../../../shared/catalogue/catalogue';
import { orgName } from '../../../../shared/org/org-tree';
import type { ChartTable } from './export/xlsx';

export interface Slice {
  key: string;
  label: string;
  value: number;
}

const ITEM_NAMES = new Map(CATALOGUE_ITEMS.map((i) => [i.code, i.name]));
const CATEGORY_NAMES = new Map(CATEGORIES.map((c) => [c.code, c.name]));

export const STATUS_ORDER = ['intake', 'escalated', 'dispatched', 'returned', 'redo', 'accepted', 'inProgress', 'completed', 'callbackDone', 'archived'];

/** The counts under a prefix as labelled slices, in a fixed order or largest first. */
export function slices(c: Counters, prefix: string, label: (key: string) => string, order?: readonly string[], top?: number): Slice[] {
  const counts = byPrefix(c, prefix);
  const keys = order ? order.filter((k) => counts[k]) : Object.keys(counts).sort((a, b) => counts[b]! - counts[a]! || (a < b ? -1 : 1));
  return keys.slice(0, top ?? keys.length).map((key) => ({ key, label: label(key), value: counts[key]! }));
}

export function breakdowns(view: DashboardView, t: TFunction) {
  const c = view.total;
  return {
    byCategory: slices(c, 'cat:', (k) => CATEGORY_NAMES.get(k) ?? k, CATEGORIES.map((x) => x.code)),
    bySource: slices(c, 'src:', (k) => t(`requests.source.${k}`), ['hotline', 'visit', 'walkIn', 'app', 'other']),
    byType: slices(c, 'type:', (k) => t(`requests.type.${k}`), ['consultation', 'help', 'complaint', 'suggestion']),
    byStatus: slices(c, 'st:', (k) => t(`requests.status.${k}`), STATUS_ORDER),
    topItems: slices(c, 'item:', (k) => ITEM_NAMES.get(k) ?? k, undefined, 10),
    unresolved: slices(c, 'openItem:', (k) => ITEM_NAMES.get(k) ?? k, undefined, 10),
  };
}

export function sliceTable(rows: Slice[], head: string, t: TFunction): ChartTable {
  return { columns: [head, t('dashboard.chart.count')], rows: rows.map((s) => [s.label, s.value]) };
}

export function trendTable(view: DashboardView, t: TFunction): ChartTable {
  return {
    columns: [t('dashboard.filter.period'), t('dashboard.chart.received'), t('dashboard.chart.done')],
    rows: view.series.map((s) => [s.key, s.c.n ?? 0, s.c.done ?? 0]),
  };
}

const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** One row per child unit (and the unit's own level when it has requests of its own). */
export interface UnitRow {
  unit: string;
  name: string;
  requests: number;
  done: number;
  completionRate: number | null;
  onTimeRate: number | null;
  satisfactionRate: number | null;
  /** Whether a click can drill into it (the own-level row cannot). */
  drill: boolean;
}

export function unitRows(view: DashboardView, t: TFunction): UnitRow[] {
  const row = (unit: string, name: string, c: Counters, drill: boolean): UnitRow => {
    const f = figuresOf(c);
    return { unit, name, requests: f.requests, done: f.done, completionRate: pct(f.completionRate), onTimeRate: pct(f.onTimeRate), satisfactionRate: pct(f.satisfactionRate), drill };
  };
  const rows = view.children.map((ch) => row(ch.unit, orgName(ch.unit), ch.total, true));
  if (view.own.n) rows.push(row(view.unit, t('dashboard.chart.own'), view.own, false));
  return rows;
}

export function unitTable(rows: UnitRow[], t: TFunction): ChartTable {
  return {
    columns: [t('dashboard.report.col.unit'), t('dashboard.report.col.requests'), t('dashboard.report.col.done'), `${t('dashboard.report.col.completionRate')} %`, `${t('dashboard.report.col.onTimeRate')} %`, `${t('dashboard.report.col.satisfaction')} %`],
    rows: rows.map((r) => [r.name, r.requests, r.done, r.completionRate, r.onTimeRate, r.satisfactionRate]),
  };
}

/** The week × unit matrix: every week of the period in order, a row per child with its count in each. */
export function matrixOf(view: DashboardView) {
  const weeks: string[] = [];
  for (let w = weekOf(view.period.from); w < view.period.to; w = addDays(w, 7)) weeks.push(w);
  const units = view.children.map((ch) => ({ unit: ch.unit, name: orgName(ch.unit), counts: weeks.map((w) => ch.weeks[w]?.n ?? 0) }));
  return { weeks, units };
}

export function matrixTable(m: ReturnType<typeof matrixOf>, t: TFunction): ChartTable {
  return { columns: [t('dashboard.chart.unit'), ...m.weeks], rows: m.units.map((u) => [u.name, ...u.counts]) };
}
