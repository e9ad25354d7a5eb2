/**
 * Counters: the one additive shape every dashboard figure is built from. A request contributes
 * a small map of named counts; a day's row of a unit is the sum of its requests' maps; a period
 * is the sum of its days. Everything the dashboard shows is a ratio or a sum of these, so
 * incremental upkeep (add the new contribution, subtract the old) and merging rows from the
 * centre are the same three operations. Integers only: sums and differences stay exact.
 */
export type Counters = Record<string, number>;

/** Adds `sign × from` into `into` (in place), dropping keys that reach zero. */
export function addInto(into: Counters, from: Readonly<Counters>, sign: 1 | -1 = 1): Counters {
  for (const key in from) {
    const next = (into[key] ?? 0) + sign * from[key]!;
    if (next === 0) delete into[key];
    else into[key] = next;
  }
  return into;
}

/** The sum of several counter maps, as a new map. */
export function sumCounters(parts: Iterable<Readonly<Counters>>): Counters {
  const out: Counters = {};
  for (const p of parts) addInto(out, p);
  return out;
}

export function isEmpty(c: Readonly<Counters>): boolean {
  for (const _ in c) return false;
  return true;
}

/** The counts under one prefix (`cat:` → { C1: 4, C2: 1 }), keys without the prefix. */
export function byPrefix(c: Readonly<Counters>, prefix: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const key in c) if (key.startsWith(prefix)) out[key.slice(prefix.length)] = c[key]!;
  return out;
}
