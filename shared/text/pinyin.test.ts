import { describe, expect, it } from 'vitest';
import { searchKeys } from './pinyin';

describe('pinyin search keys', () => {
  it.each([
    ['张三丰', 'zhangsanfeng', 'zsf'],
    ['曾小明', 'zengxiaoming', 'zxm'],
    ['单田芳', 'shantianfang', 'stf'],
    ['解晓东', 'xiexiaodong', 'xxd'],
    ['吕布', 'lvbu', 'lb'],
    ['欧阳修', 'ouyangxiu', 'oyx'],
    ['阿依·买买提', 'ayimaimaiti', 'aymmt'],
    ['John Smith', 'johnsmith', 'js'],
    [' 李 四 ', 'lisi', 'ls'],
    ['', '', ''],
  ])('%s → %s / %s', (name, pinyin, initials) => {
    expect(searchKeys(name)).toEqual({ pinyin, initials });
  });
});
