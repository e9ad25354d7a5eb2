import { describe, expect, it } from 'vitest';
import { createRng, hashString, mixSeed } from './rng';

describe('seeded PRNG', () => {
  it('repeats for a seed and differs between seeds', () => {
    const a = createRng(42), b = createRng(42), c = createRng(43);
    const xs = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(xs);
  });

  it('stays in range and covers it', () => {
    const r = createRng(7);
    const seen = new Set<number>();
    for (let i = 0; i < 5000; i++) {
      const v = r.int(-2, 3);
      expect(v).toBeGreaterThanOrEqual(-2);
      expect(v).toBeLessThanOrEqual(3);
      seen.add(v);
      const x = r.next();
      expect(x >= 0 && x < 1).toBe(true);
    }
    expect(seen.size).toBe(6);
    expect(() => r.pick([])).toThrow();
  });

  it('roughly honours probabilities', () => {
    const r = createRng(9);
    let hits = 0;
    for (let i = 0; i < 10_000; i++) if (r.chance(0.3)) hits++;
    expect(hits / 10_000).toBeGreaterThan(0.27);
    expect(hits / 10_000).toBeLessThan(0.33);
  });

  it('mixes seeds so neighbouring indexes differ', () => {
    const seeds = new Set(Array.from({ length: 10_000 }, (_, i) => mixSeed(1, 3, i, 1)));
    expect(seeds.size).toBeGreaterThan(9_990);
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
    expect(hashString('volunteers')).not.toBe(hashString('residents'));
  });
});
