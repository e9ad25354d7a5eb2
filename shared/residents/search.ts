/**
 * Finding a resident by address. IndexedDB answers prefix queries only, so each address is also
 * stored as the suffixes that begin at its parts (town, village, group, house): a clerk who types
 * "江南村5组" or "5组18号" finds "大桥镇江南村5组18号" through one multi-entry index, at a few
 * keys per resident instead of one per character.
 */

/** Characters that end a part of a Chinese address. */
const PART_END = /[省市区县镇乡街道村社区组队号弄巷路幢栋楼单元室]/;
const MAX_KEYS = 8;

/** Spaces and full-width digits typed by hand do not stop a match. */
export function normaliseAddress(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, '')
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase();
}

/** The address and its suffixes starting after each part, e.g. 大桥镇江南村5组18号 → …, 江南村5组18号, 5组18号, 18号. */
export function addressKeys(address: string): string[] {
  const a = normaliseAddress(address);
  if (!a) return [];
  const keys = [a];
  for (let i = 0; i < a.length - 1 && keys.length < MAX_KEYS; i++) {
    // A part ends here and the next one starts: 镇|江南村, but not 街|道 inside 街道.
    if (PART_END.test(a[i]!) && !PART_END.test(a[i + 1]!)) keys.push(a.slice(i + 1));
  }
  return [...new Set(keys)];
}
