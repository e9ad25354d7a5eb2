import { describe, expect, it } from 'vitest';
import { idTime, isValidId, newId, uuidv7At } from './ids';

describe('ids', () => {
  it('are UUIDv7 and sort by creation', () => {
    const ids = Array.from({ length: 2000 }, () => newId());
    for (const id of ids) expect(isValidId(id)).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('carry their creation time', () => {
    const before = Date.now();
    const id = newId();
    expect(idTime(id)).toBeGreaterThanOrEqual(before);
    expect(idTime(id)).toBeLessThanOrEqual(Date.now());
    expect(() => idTime('not-an-id')).toThrow();
  });

  it('can be built reproducibly from a time', () => {
    const id = uuidv7At(1_764_318_600_123, [0x00112233, 0x44556677, 0x8899aabb]);
    expect(isValidId(id)).toBe(true);
    expect(idTime(id)).toBe(1_764_318_600_123);
    expect(uuidv7At(1_764_318_600_123, [0x00112233, 0x44556677, 0x8899aabb])).toBe(id);
    expect(uuidv7At(1, [0, 0, 0]) < uuidv7At(2, [0xffffffff, 0xffffffff, 0xffffffff])).toBe(true);
    expect(() => uuidv7At(-1, [0, 0, 0])).toThrow();
  });
});
