/**
 * Generated names for villages (村) and urban communities (社区). Jiaxing's real village list is
 * not bundled (DOMAIN.md); these are built from syllables common in Jiangnan place names so the
 * demo looks plausible, and are unique within their town.
 */
import type { Rng } from '../demo/rng';

const VILLAGE_FIRST = [
  '东', '西', '南', '北', '新', '永', '红', '光', '联', '长', '金', '星', '胜', '建', '民', '丰',
  '荷', '塘', '桥', '湖', '双', '三', '五', '八', '龙', '凤', '桑', '竹', '梅', '桂', '青', '云',
];
const VILLAGE_SECOND = [
  '星', '丰', '联', '民', '兴', '华', '湖', '港', '浜', '桥', '塘', '庄', '溪', '漾', '泾', '林',
  '田', '园', '河', '荡', '圩', '埭', '安', '和', '明', '胜', '盛', '阳', '家', '中', '新', '光',
];
const COMMUNITY_FIRST = [
  '文', '清', '和', '嘉', '秀', '锦', '阳', '春', '梅', '月', '环', '城', '紫', '金', '翠', '南',
  '北', '东', '西', '中', '长', '百', '花', '兰', '香', '景', '泰', '康', '瑞', '禾', '晓', '广',
];
const COMMUNITY_SECOND = [
  '苑', '园', '湾', '城', '庭', '华', '盛', '昌', '兴', '湖', '河', '港', '桥', '塘', '晖', '庆',
  '宁', '安', '平', '丰', '源', '苑', '都', '林', '星', '溪', '月', '明', '悦', '府', '景', '晟',
];

/** `count` distinct names for the units of one town (`street` = a 街道, whose units are 社区). */
export function unitNames(rng: Rng, count: number, street: boolean): string[] {
  const first = street ? COMMUNITY_FIRST : VILLAGE_FIRST;
  const second = street ? COMMUNITY_SECOND : VILLAGE_SECOND;
  const suffix = street ? '社区' : '村';
  const seen = new Set<string>();
  const names: string[] = [];
  while (names.length < count) {
    const a = rng.pick(first);
    const b = rng.pick(second);
    if (a === b) continue;
    const name = a + b + suffix;
    if (seen.has(name)) continue;
    seen.add(name);
    names.push(name);
  }
  return names;
}
