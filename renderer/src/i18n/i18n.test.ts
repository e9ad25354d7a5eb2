import { describe, expect, it } from 'vitest';
import { zhCN } from './zh-CN';
import { en } from './en';
import { SYNCED_TABLES } from '../../../shared/domain/entities';
import { FEATURE_MESSAGES } from './features';

function leaves(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : leaves(v as object, `${prefix}${k}.`)));
}

describe('translations', () => {
  it('have the same keys in Chinese and English, none empty', () => {
    expect(leaves(en).sort()).toEqual(leaves(zhCN).sort());
    for (const messages of [zhCN, en]) {
      for (const key of leaves(messages)) expect(key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], messages)).not.toBe('');
    }
  });

  it('have the same keys in both languages for every feature, with no namespace clash', () => {
    for (const [key, m] of Object.entries(FEATURE_MESSAGES)) {
      expect(leaves(m.en).sort(), key).toEqual(leaves(m.zhCN).sort());
      expect(leaves(m.zhCN).length, key).toBeGreaterThan(0);
      expect(Object.keys(zhCN)).not.toContain(key);
    }
  });

  it('name every synced table', () => {
    expect(Object.keys(zhCN.tables).sort()).toEqual([...SYNCED_TABLES].sort());
  });
});
