import { describe, expect, it } from 'vitest';
import { withinBytes } from './log';

describe('pull pages cut by bytes', () => {
  const rows = [3, 4, 5, 100, 1];
  it('keeps the longest prefix within the budget', async () => {
    expect(await withinBytes(rows, (n) => n, 12)).toEqual([3, 4, 5]);
    expect(await withinBytes(rows, (n) => n, 1_000)).toEqual(rows);
  });
  it('always keeps the first row, however large, so a page is never empty', async () => {
    expect(await withinBytes([100, 1], (n) => n, 10)).toEqual([100]);
    expect(await withinBytes([], (n: number) => n, 10)).toEqual([]);
  });
});
