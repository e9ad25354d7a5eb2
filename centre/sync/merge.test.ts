import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyWinners, heldClock, winningFields, type HeldRecord } from './merge';

const h = (wall: number, node = 'a') => `${String(wall).padStart(15, '0')}-0000-${node}`;

describe('per-field last writer wins', () => {
  it('takes only fields whose clock is later; a field never held has no clock', () => {
    const held: HeldRecord = { data: { name: '甲', mobile: '1' }, clocks: { '*': h(10), mobile: h(30) } };
    expect(heldClock(held, 'name')).toBe(h(10));
    expect(heldClock(held, 'address')).toBe('');
    expect(winningFields(held, { name: '乙', mobile: '2', address: '东街' }, h(20))).toEqual({ name: '乙', address: '东街' });
    expect(winningFields(held, { name: '乙' }, h(10))).toEqual({});
    // Same wall and counter: the node decides, the same way everywhere.
    expect(winningFields(held, { name: '丙' }, h(10, 'b'))).toEqual({ name: '丙' });
  });

  it('ends equal whatever order the writes arrive in', () => {
    const write = fc.record({ wall: fc.integer({ min: 1, max: 50 }), node: fc.constantFrom('a', 'b', 'c'), fields: fc.dictionary(fc.constantFrom('x', 'y', 'z'), fc.integer(), { minKeys: 1 }) });
    fc.assert(
      // An HLC names one write, so no two writes share (wall, node).
      fc.property(fc.uniqueArray(write, { minLength: 1, maxLength: 12, selector: (w) => `${w.wall}-${w.node}` }), fc.func(fc.integer()), (writes, key) => {
        const fold = (list: typeof writes) =>
          list.reduce<HeldRecord | undefined>((held, w) => {
            const won = winningFields(held, w.fields, h(w.wall, w.node));
            return Object.keys(won).length ? applyWinners(held, won, h(w.wall, w.node)) : held;
          }, undefined);
        const shuffled = [...writes].sort((a, b) => key(a) - key(b));
        expect(fold(shuffled)?.data).toEqual(fold(writes)?.data);
      }),
    );
  });
});
