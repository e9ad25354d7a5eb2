import { buildView, SNAPSHOT_DAY, type DashboardView, type Period } from '../../../../shared/dashboard';
import { childrenOf } from '../../../../shared/org/org-tree';
import type { CentreFigures } from './aggregates/tables';

/** The same view as the local one, drawn from the rows the centre computed. */
export function centreView(figures: CentreFigures, unit: string, period: Period): DashboardView {
  const own = figures.rows.filter((r) => r.unit === unit && r.day !== SNAPSHOT_DAY);
  const children = new Map(childrenOf(unit).map((c) => [c.path, figures.rows.filter((r) => r.unit === c.path)]));
  const snapshot = figures.rows.find((r) => r.unit === unit && r.day === SNAPSHOT_DAY)?.c ?? {};
  return buildView(unit, period, own, children, snapshot);
}
