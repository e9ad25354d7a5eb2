import type { Shape } from './zh-CN';

/**
 * A feature's own strings, Chinese first; the English must have exactly the same keys (the
 * type checks it, and i18n.test.ts checks it at run time). Features keep their strings next
 * to their code and register them once in i18n/features.ts under their namespace key.
 */
export function defineMessages<T extends object>(zhCN: T, en: Shape<T>): { zhCN: T; en: Shape<T> } {
  return { zhCN, en };
}
