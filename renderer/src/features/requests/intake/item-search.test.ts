import { describe, expect, it } from 'vitest';
import { searchItems } from './item-search';

const names = (q: string) => searchItems(q).map((i) => i.name);

describe('searchItems', () => {
  it('finds an item by initials, full pinyin, Chinese name and keyword', () => {
    expect(names('gdst')[0]).toBe('管道疏通');
    // The issue's own example is one letter off (疏通 is shu-tong): a slip still finds it.
    expect(names('gdsl')[0]).toBe('管道疏通');
    expect(names('guandao')[0]).toBe('管道疏通');
    expect(names('管道')[0]).toBe('管道疏通');
    expect(names('马桶堵')).toContain('管道疏通');
    expect(names('kaisuo')).toContain('开锁换锁');
  });

  it('returns nothing for nothing and never more than the limit', () => {
    expect(searchItems('  ')).toEqual([]);
    expect(searchItems('a', 5).length).toBeLessThanOrEqual(5);
    expect(searchItems('zzzzqqq')).toEqual([]);
  });
});
