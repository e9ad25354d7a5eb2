/**
 * 服务目录 the service catalogue (DOMAIN.md "Service catalogue", our proposal: Jiaxing's list is
 * not public): 5 categories and 120 items. The city centre may edit it; this is the seed the
 * demo city and a fresh centre start from.
 */
import type { RequestType, ServiceCategory, ServiceItem, TimeLimitTier } from '../domain/entities';
import { items1, items2 } from './items-life-advice';
import { items3, items4, items5 } from './items-health-care-emergency';

export { SKILLS, SKILL_CODES, type Skill } from './skills';

/** Catalogue data without the sync fields a stored record adds. */
export type CatalogueCategory = Pick<ServiceCategory, 'code' | 'name'>;
export type CatalogueItem = Pick<ServiceItem, 'code' | 'categoryCode' | 'name' | 'keywords' | 'defaultType' | 'timeLimitTier' | 'kind' | 'skills'>;

export const CATEGORIES: readonly CatalogueCategory[] = [
  { code: 'C1', name: '生活服务' },
  { code: 'C2', name: '咨询服务' },
  { code: 'C3', name: '医疗健康' },
  { code: 'C4', name: '帮困关爱' },
  { code: 'C5', name: '应急与公益' },
];

/** One row of the compact tables in the items-* files. */
export type ItemRow = [name: string, keywords: string, type: RequestType, tier: TimeLimitTier, kind: 'volunteer' | 'provider', skills: string];

export function itemsOf(categoryCode: string, rows: readonly ItemRow[]): CatalogueItem[] {
  return rows.map(([name, keywords, defaultType, timeLimitTier, kind, skills], i) => ({
    code: `${categoryCode}-${String(i + 1).padStart(2, '0')}`,
    categoryCode,
    name,
    keywords: keywords.split(' '),
    defaultType,
    timeLimitTier,
    kind,
    skills: skills ? skills.split(' ') : [],
  }));
}

export const CATALOGUE_ITEMS: readonly CatalogueItem[] = [
  ...itemsOf('C1', items1), ...itemsOf('C2', items2), ...itemsOf('C3', items3), ...itemsOf('C4', items4), ...itemsOf('C5', items5),
];

const byCode = new Map(CATALOGUE_ITEMS.map((i) => [i.code, i]));

export function catalogueItem(code: string): CatalogueItem | undefined {
  return byCode.get(code);
}
