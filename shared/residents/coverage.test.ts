import { describe, expect, it } from 'vitest';
import { coverage, memberLoads, percent } from './coverage';

const today = '2026-11-27';
const p = (residentId: string, volunteerId: string, extra: object = {}) => ({ residentId, volunteerId, frequency: 'monthly' as const, startDate: '2026-11-01', ...extra });

describe('coverage', () => {
  const pairings = [
    p('r1', 'v1', { lastVisitDate: '2026-11-20' }), // on track
    p('r2', 'v1', { startDate: '2026-10-01' }), // overdue since 1 Nov
    p('r2', 'v2', { lastVisitDate: '2026-11-25' }), // r2 has one on-time member but is still late
    p('r3', 'v2', { startDate: '2026-10-29' }), // due Sun 29 Nov
    p('r4', 'v3', { endDate: '2026-11-15' }), // ended: r4 counts as unpaired
  ];

  it('counts households paired and visited on time', () => {
    expect(coverage(10, pairings, today)).toEqual({ households: 10, paired: 3, onTime: 2, overdue: 1, dueThisWeek: 1 });
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBe(0);
  });

  it('gives each member their load, the most overdue first', () => {
    expect(memberLoads(pairings, today)).toEqual([
      { volunteerId: 'v1', households: 2, overdue: 1, dueThisWeek: 0 },
      { volunteerId: 'v2', households: 2, overdue: 0, dueThisWeek: 1 },
    ]);
  });
});
