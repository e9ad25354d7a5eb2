import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDelta, changeDeltas, emptyDeltas, isZero, tallyKey, type TalliedRecord, type UnitTally, type VolunteerTally } from './tally';
import { DEFAULT_RULE } from './rule';

const V1 = 'JX/NH/T01/V001';
const V2 = 'JX/NH/T01/V002';
const rec = (id: string, volunteerId: string, orgPath: string, date: string, hours: number, over: Partial<TalliedRecord> = {}): TalliedRecord => ({ id, volunteerId, orgPath, date, hours, ...over });

/** Applies a sequence of record changes to tallies the way the upkeep does. */
function run(changes: [TalliedRecord | undefined, TalliedRecord | undefined][]) {
  const vols = new Map<string, VolunteerTally>();
  const units = new Map<string, UnitTally>();
  for (const [before, after] of changes) {
    const d = emptyDeltas();
    changeDeltas(d, before, after, [DEFAULT_RULE]);
    for (const [k, delta] of d.volunteers) if (!isZero(delta)) { const n = applyDelta(vols.get(k), delta); if (n) vols.set(k, n); else vols.delete(k); }
    for (const [k, delta] of d.units) if (!isZero(delta)) { const n = applyDelta(units.get(k), delta); if (n) units.set(k, n); else units.delete(k); }
  }
  return { vols, units };
}

describe('tallies', () => {
  it('add a record to its volunteer and to every unit above it, per period; an edit moves figures; a deletion removes them', () => {
    const a = rec('a', 'v1', V1, '2026-11-27', 2);
    const { vols, units } = run([[undefined, a], [undefined, rec('b', 'v2', V2, '2026-11-28', 1)]]);
    expect(vols.get(tallyKey('M2026-11', 'v1'))).toMatchObject({ centiHours: 200, points: 2000, records: 1, orgPath: V1 });
    expect(units.get(tallyKey('Y2026', 'JX/NH/T01'))).toMatchObject({ centiHours: 300, records: 2 });
    expect(units.get(tallyKey('all', 'JX'))).toMatchObject({ centiHours: 300 });
    const edited = run([[undefined, a], [a, { ...a, hours: 3, satisfaction: 'satisfied' }]]);
    expect(edited.vols.get(tallyKey('all', 'v1'))).toMatchObject({ centiHours: 300, points: 3500, satisfied: 1, records: 1 });
    const gone = run([[undefined, a], [a, { ...a, deleted: true }]]);
    expect(gone.vols.size).toBe(0);
    expect(gone.units.size).toBe(0);
  });

  it('end the same whatever order the records arrive in (property)', () => {
    const arb = fc.array(fc.record({
      id: fc.uuid(), volunteerId: fc.constantFrom('v1', 'v2'), orgPath: fc.constantFrom(V1, V2),
      date: fc.constantFrom('2026-01-02', '2026-11-27'), hours: fc.integer({ min: 1, max: 800 }).map((n) => n / 100),
    }), { maxLength: 20 });
    fc.assert(fc.property(arb, (records) => {
      const forward = run(records.map((r) => [undefined, r]));
      const backward = run([...records].reverse().map((r) => [undefined, r]));
      const figures = (m: Map<string, { centiHours: number; points: number; records: number }>) => new Map([...m].map(([k, v]) => [k, [v.centiHours, v.points, v.records]]));
      expect(figures(backward.vols)).toEqual(figures(forward.vols));
      expect(backward.units).toEqual(forward.units);
    }));
  });
});
