/**
 * Finding a service item while the caller talks: by Chinese name, keyword, full pinyin or
 * initials (`gdst` → 管道疏通, and `gdsl` one letter off). The items' search keys are built on first use
 * and again only when the centre's catalogue changes; retired items are not offered.
 */
import type { CatalogueItem } from '../../../../../shared/catalogue/catalogue';
import { catalogue, type Catalogue } from '../../../catalogue/live';
import { searchKeys } from '../../../../../shared/text/pinyin';

interface Keyed {
  item: CatalogueItem;
  text: string;
  pinyin: string[];
  initials: string[];
}

let keyed: { of: Catalogue; keys: Keyed[] } | null = null;

function keys(): Keyed[] {
  const now = catalogue();
  if (keyed?.of !== now) {
    keyed = {
      of: now,
      keys: now.activeItems.map((item) => {
        const words = [item.name, ...item.keywords].map(searchKeys);
        return { item, text: [item.name, ...item.keywords].join(' '), pinyin: words.map((k) => k.pinyin), initials: words.map((k) => k.initials) };
      }),
    };
  }
  return keyed.keys;
}

/** Four or more initials with one wrong letter: a slip of the finger (or of the ear) still finds the item. */
function oneLetterOff(q: string, initials: string): boolean {
  if (q.length < 4 || q.length !== initials.length) return false;
  let diff = 0;
  for (let i = 0; i < q.length; i++) if (q[i] !== initials[i] && ++diff > 1) return false;
  return diff === 1;
}

/** Best matches first: name or initials from the start, then pinyin, then anywhere. */
export function searchItems(query: string, limit = 12): CatalogueItem[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, '');
  if (!q) return [];
  const scored: [number, CatalogueItem][] = [];
  for (const k of keys()) {
    let score = 0;
    if (k.item.name.startsWith(q) || k.initials[0] === q) score = 100;
    else if (k.initials[0]!.startsWith(q) || k.pinyin[0]!.startsWith(q)) score = 80;
    else if (k.item.code.toLowerCase() === q) score = 75;
    else if (k.text.includes(q)) score = 60;
    else if (k.initials.some((i) => i.startsWith(q)) || k.pinyin.some((p) => p.startsWith(q))) score = 40;
    else if (q.length >= 3 && k.pinyin.some((p) => p.includes(q))) score = 20;
    else if (oneLetterOff(q, k.initials[0]!)) score = 10;
    if (score > 0) scored.push([score, k.item]);
  }
  return scored.sort((a, b) => b[0] - a[0] || a[1].code.localeCompare(b[1].code)).slice(0, limit).map(([, item]) => item);
}
