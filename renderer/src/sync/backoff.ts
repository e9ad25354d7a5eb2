/**
 * Exponential backoff with full jitter: when the centre is down, 2,284 stations must not all
 * retry in the same second when it comes back (ARCHITECTURE.md, "bursts when many stations
 * reconnect at once"). The delay after the n-th consecutive failure is uniform in
 * [base·2ⁿ / 2, base·2ⁿ], capped.
 */
export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  random?: () => number;
}

export function backoffDelay(failures: number, { baseMs = 2_000, maxMs = 5 * 60_000, random = Math.random }: BackoffOptions = {}): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, failures - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
