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
