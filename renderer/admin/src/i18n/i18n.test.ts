import { describe, expect, it } from 'vitest';
import { zhCN } from './zh-CN';
import { en } from './en';

function leaves(obj: object, prefix: string[] = []): string[][] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [[...prefix, k]] : leaves(v as object, [...prefix, k])));
}

describe('admin screen translations', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    const keys = (m: object) => leaves(m).map((p) => p.join('/')).sort();
    expect(keys(en)).toEqual(keys(zhCN));
    for (const messages of [zhCN, en]) {
      for (const path of leaves(messages)) expect(path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages), path.join('/')).not.toBe('');
    }
  });
});
