/**
 * Search keys for Chinese names: operators find 张三丰 by typing `zhangsanfeng` or `zsf`.
 * Surname mode reads polyphonic surnames as surnames (曾 zeng, 单 shan, 解 xie); ü is written v
 * (吕 lv) as people type it on a keyboard.
 */
import { pinyin } from 'pinyin-pro';

export interface SearchKeys {
  pinyin: string;
  initials: string;
}

const OPTIONS = { toneType: 'none', type: 'array', surname: 'head', v: true, nonZh: 'consecutive' } as const;

export function searchKeys(name: string): SearchKeys {
  const full = pinyin(name, OPTIONS);
  const first = pinyin(name, { ...OPTIONS, pattern: 'first' });
  let initials = '';
  full.forEach((syllable, i) => {
    // A Han character's initial differs from its syllable; a run of other text ("John Smith",
    // "2") comes back unchanged and gives one initial per word (a one-letter syllable like 鹅 e
    // gives the same either way).
    if (first[i] !== syllable) initials += first[i] ?? '';
    else for (const word of syllable.split(/[^A-Za-z0-9]+/)) initials += word.slice(0, 1);
  });
  const clean = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
  return { pinyin: clean(full.join('')), initials: clean(initials) };
}
