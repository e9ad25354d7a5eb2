import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { lastTwelveMonths, type Period } from '../../../../shared/dashboard';
import { isValidOrgPath, isWithin } from '../../../../shared/org/org-path';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The dashboard's filter lives in the address (`?unit=JX/NH&from=…&to=…`): a drill-down is a
 * navigation, so the browser's back button goes up again, and a report link can be shared.
 * The unit never leaves the station's own subtree.
 */
export function useDashboardQuery(station: string, now: number) {
  const [params, setParams] = useSearchParams();
  const asked = params.get('unit') ?? '';
  const unit = isValidOrgPath(asked) && isWithin(asked, station) ? asked : station;
  const fallback = lastTwelveMonths(now);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const period: Period = DAY.test(from) && DAY.test(to) && from < to ? { from, to } : fallback;
  const set = useCallback((change: { unit?: string; period?: Period }) => {
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (change.unit) next.set('unit', change.unit);
      if (change.period) {
        next.set('from', change.period.from);
        next.set('to', change.period.to);
      }
      return next;
    });
  }, [setParams]);
  return { unit, period, set };
}
