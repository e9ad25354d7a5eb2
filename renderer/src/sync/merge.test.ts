import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeHlc } from '../../../shared/clock/hlc';
import type { Change } from '../../../shared/sync/protocol';
import { mergeChange, type ClockedRecord } from './merge';

const hlc = (wall: number, node = 'a', counter = 0) => encodeHlc({ wall, counter, node });
const change = (fields: Record<string, unknown>, clock: string, id = 'r1'): Change => ({
  table: 'teams', recordId: id, orgPath: 'JX/NH/T01/V001', fields, clocks: Object.fromEntries(Object.keys(fields).map((f) => [f, clock])),
});

describe('mergeChange', () => {
  it('creates a record first seen through a pull, with the earliest clock as its creation clock', () => {
    const c: Change = { ...change({ name: '甲', type: 'health' }, hlc(10)), clocks: { name: hlc(20), type: hlc(10) } };
    expect(mergeChange(undefined, c)).toEqual({ id: 'r1', orgPath: 'JX/NH/T01/V001', name: '甲', type: 'health', _hlc: hlc(10), _clocks: { name: hlc(20) } });
  });

  it('takes a field only when its clock is later than the local field clock', () => {
    const local: ClockedRecord = { id: 'r1', orgPath: 'JX', name: '甲', type: 'health', _hlc: hlc(10), _clocks: { name: hlc(30) } };
    expect(mergeChange(local, change({ name: '乙' }, hlc(20)))).toBeNull();
    const merged = mergeChange(local, change({ name: '乙', type: 'legal' }, hlc(25)));
    expect(merged).toMatchObject({ name: '甲', type: 'legal', _clocks: { name: hlc(30), type: hlc(25) } });
    expect(local.type).toBe('health');
  });

  it('never takes identity or local bookkeeping from a change', () => {
    const local: ClockedRecord = { id: 'r1', orgPath: 'JX', _hlc: hlc(10) };
    const merged = mergeChange(local, change({ id: 'evil', _hlc: hlc(99), flags: ['x'], name: 'n' }, hlc(20)));
    expect(merged).toMatchObject({ id: 'r1', _hlc: hlc(10), name: 'n' });
    expect(merged).not.toHaveProperty('flags');
  });

  it('ends equal whatever order the same changes arrive in (the convergence rule)', () => {
    const arbChange = fc.record({
      field: fc.constantFrom('name', 'type', 'leaderId', 'deleted'),
      value: fc.oneof(fc.string({ maxLength: 3 }), fc.boolean(), fc.constant(null)),
      wall: fc.integer({ min: 1, max: 50 }),
      node: fc.constantFrom('a', 'b', 'c'),
    }).map(({ field, value, wall, node }) => change({ [field]: value }, hlc(wall, node)));
    fc.assert(
      fc.property(fc.array(arbChange, { minLength: 1, maxLength: 12 }), fc.func(fc.integer()), (changes, key) => {
        // Distinct clocks per field value, as HLCs are unique per write.
        const seen = new Set<string>();
        const unique = changes.filter((c) => {
          const k = Object.keys(c.fields)[0]! + Object.values(c.clocks)[0]!;
          return seen.has(k) ? false : (seen.add(k), true);
        });
        const apply = (list: Change[]) => list.reduce<ClockedRecord | undefined>((r, c) => mergeChange(r, c) ?? r, undefined);
        const shuffled = [...unique].sort((x, y) => key(x) - key(y));
        const strip = (r?: ClockedRecord) => r && Object.fromEntries(Object.entries(r).filter(([k]) => !k.startsWith('_')));
        expect(strip(apply(shuffled))).toEqual(strip(apply(unique)));
      }),
    );
  });
});
