import { describe, expect, it } from 'vitest';
import { grantableBy, proposalFor, starsFor, toNextStar } from './stars';
import { toCenti } from './score';

describe('stars', () => {
  it('are exact at the edges: 99.9 h no star, 100 h ★, and so on up to ★★★★★', () => {
    expect(starsFor(toCenti(99.9))).toBe(0);
    expect(starsFor(toCenti(99.99))).toBe(0);
    expect(starsFor(toCenti(100))).toBe(1);
    expect(starsFor(toCenti(299.99))).toBe(1);
    expect(starsFor(toCenti(300))).toBe(2);
    expect(starsFor(toCenti(600))).toBe(3);
    expect(starsFor(toCenti(999.9))).toBe(3);
    expect(starsFor(toCenti(1000))).toBe(4);
    expect(starsFor(toCenti(1500))).toBe(5);
    expect(starsFor(toCenti(99_999))).toBe(5);
  });

  it('follow configured thresholds (Beijing 100/200/500/800/1000)', () => {
    const beijing = [100, 200, 500, 800, 1000];
    expect(starsFor(toCenti(199.9), beijing)).toBe(1);
    expect(starsFor(toCenti(200), beijing)).toBe(2);
    expect(toNextStar(toCenti(450), beijing)).toEqual({ stars: 2, next: 500, centiHoursLeft: 5000 });
    expect(toNextStar(toCenti(1000), beijing)).toEqual({ stars: 5, next: null, centiHoursLeft: 0 });
  });

  it('are granted by the entitled level only: county ★–★★, city ★★★–★★★★ and ★★★★★ as external', () => {
    expect(grantableBy('JX/NH')).toEqual([1, 2]);
    expect(grantableBy('JX')).toEqual([3, 4, 5]);
    expect(grantableBy('JX/NH/T01')).toEqual([]);
    expect(proposalFor(toCenti(350), 0, 'JX/NH')).toEqual({ stars: 2, level: 'county' });
    expect(proposalFor(toCenti(350), 0, 'JX')).toBeNull();
    expect(proposalFor(toCenti(700), 2, 'JX/NH')).toBeNull();
    expect(proposalFor(toCenti(700), 2, 'JX')).toEqual({ stars: 3, level: 'city' });
    expect(proposalFor(toCenti(1500), 4, 'JX')).toEqual({ stars: 5, level: 'external' });
    expect(proposalFor(toCenti(99.9), 0, 'JX/NH')).toBeNull();
  });
});
