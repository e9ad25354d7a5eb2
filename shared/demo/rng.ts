/**
 * A small seeded PRNG (mulberry32) for the demo city and the generated villages. Demo data must
 * be the same on every machine and for every slice, so nothing here may touch Math.random.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [a, b], both inclusive. */
  int(a: number, b: number): number;
  pick<T>(arr: readonly T[]): T;
  chance(p: number): boolean;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (a, b) => a + Math.floor(next() * (b - a + 1)),
    pick: <T>(arr: readonly T[]): T => {
      if (arr.length === 0) throw new Error('pick from an empty list');
      return arr[Math.floor(next() * arr.length)] as T;
    },
    chance: (p) => next() < p,
  };
}

/**
 * Mixes numbers into one 32-bit seed, so record i of table t gets its own stream without
 * generating records 0..i-1 first (that is what makes any slice producible on its own).
 */
export function mixSeed(...parts: number[]): number {
  let h = 0x811c9dc5;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h ^ Math.floor(part / 4294967296), 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

/** A stable number for a string (table names, org paths) to feed `mixSeed`. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
