import { describe, expect, it } from 'vitest';
import { orgTree } from '../org/org-tree';
import { requestNumberPrefix, requestNumberSequence, unitNumberCode } from './number';

/** Friday 27 Nov 2026, 23:30 China time: still the 27th there, already 15:30 UTC. */
const LATE_FRIDAY = Date.parse('2026-11-27T23:30:00+08:00');

describe('request numbers', () => {
  it('codes each level of the org path and keeps the city\'s hotline form', () => {
    expect(requestNumberPrefix('JX', LATE_FRIDAY)).toBe('JX20261127-');
    expect(requestNumberPrefix('JX/NH', LATE_FRIDAY)).toBe('NH-20261127-');
    expect(requestNumberPrefix('JX/NH/T10', LATE_FRIDAY)).toBe('NH10-20261127-');
    expect(requestNumberPrefix('JX/NH/T10/V003', LATE_FRIDAY + 3_600_000)).toBe('NH10003-20261128-');
  });

  it('gives every unit of the network its own code, so no two stations share a number', () => {
    const codes = orgTree().map((u) => unitNumberCode(u.path));
    expect(new Set(codes).size).toBe(codes.length);
    // No code is another's prefix followed by the separator: `NH1-` could not be confused with `NH10-`.
    expect(codes.every((c) => /^[A-Z]{2}\d*$/.test(c) || c === '')).toBe(true);
  });

  it('numbers each PC of a station apart from the second seat on', () => {
    expect(requestNumberPrefix('JX', LATE_FRIDAY, 1)).toBe('JX20261127-');
    expect(requestNumberPrefix('JX', LATE_FRIDAY, 2)).toBe('JX20261127-2-');
    expect(requestNumberPrefix('JX/NH/T10', LATE_FRIDAY, 12)).toBe('NH10-20261127-12-');
    // Seat 1's prefix also starts seat 2's numbers: those are not seat 1's sequence.
    expect(requestNumberSequence('JX20261127-0042', 'JX20261127-')).toBe(42);
    expect(requestNumberSequence('JX20261127-2-0042', 'JX20261127-')).toBe(0);
    expect(requestNumberSequence('JX20261127-2-0042', 'JX20261127-2-')).toBe(42);
    expect(requestNumberSequence('NH-20261127-0042', 'JX20261127-')).toBe(0);
  });
});
