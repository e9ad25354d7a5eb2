/**
 * The figures a supervisor reads, from summed counters: rates are shares of the requests they
 * apply to, null when nothing applies (shown as "—", never as 0 %).
 */
import type { Counters } from './counters';

export interface Figures {
  requests: number;
  open: number;
  done: number;
  /** Completed ÷ received in the period. */
  completionRate: number | null;
  /** Completed within the time limit ÷ completed with a time limit (按时办结率). */
  onTimeRate: number | null;
  /** Mean hours from receipt to completion. */
  avgHandlingHours: number | null;
  /** (满意 + 基本满意) ÷ called back with an answer (满意率). */
  satisfactionRate: number | null;
  rated: number;
}

const share = (part: number, whole: number) => (whole > 0 ? part / whole : null);

export function figuresOf(c: Readonly<Counters>): Figures {
  const n = c.n ?? 0;
  const rated = c.rated ?? 0;
  return {
    requests: n,
    open: c.open ?? 0,
    done: c.done ?? 0,
    completionRate: share(c.done ?? 0, n),
    onTimeRate: share(c.onTime ?? 0, c.timed ?? 0),
    avgHandlingHours: c.handled ? (c.handleMin ?? 0) / 60 / c.handled : null,
    satisfactionRate: share((c['sat:satisfied'] ?? 0) + (c['sat:basicallySatisfied'] ?? 0), rated),
    rated,
  };
}

/** Service and visits over a period, and the standing counts of volunteers and pairings. */
export interface ActivityFigures {
  serviceHours: number;
  serviceRecords: number;
  visits: number;
  /** Visits the active pairings ask for over the period, by their frequency (weekly, monthly, quarterly). */
  visitsPlanned: number;
  volunteers: number;
  activeVolunteers: number;
}

const PER_DAY: Record<string, number> = { weekly: 1 / 7, monthly: 12 / 365.25, quarterly: 4 / 365.25 };

export function activityOf(total: Readonly<Counters>, snapshot: Readonly<Counters>, days: number): ActivityFigures {
  let planned = 0;
  for (const [frequency, rate] of Object.entries(PER_DAY)) planned += (snapshot[`plan:${frequency}`] ?? 0) * rate * days;
  return {
    serviceHours: (total.svcMin ?? 0) / 60,
    serviceRecords: total.svc ?? 0,
    visits: total.visit ?? 0,
    visitsPlanned: Math.round(planned),
    volunteers: snapshot.vol ?? 0,
    activeVolunteers: snapshot.volActive ?? 0,
  };
}
