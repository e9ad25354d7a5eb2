import { describe, expect, it } from 'vitest';
import { CATALOGUE_ITEMS, CATEGORIES, SKILLS, SKILL_CODES, catalogueItem } from './catalogue';

describe('the service catalogue', () => {
  it('has 5 categories and about 120 items with unique codes', () => {
    expect(CATEGORIES.map((c) => c.code)).toEqual(['C1', 'C2', 'C3', 'C4', 'C5']);
    expect(CATALOGUE_ITEMS.length).toBeGreaterThanOrEqual(110);
    expect(CATALOGUE_ITEMS.length).toBeLessThanOrEqual(130);
    expect(new Set(CATALOGUE_ITEMS.map((i) => i.code)).size).toBe(CATALOGUE_ITEMS.length);
    expect(new Set(CATALOGUE_ITEMS.map((i) => i.name)).size).toBe(CATALOGUE_ITEMS.length);
  });

  it('fills every category and codes items under it', () => {
    for (const c of CATEGORIES) {
      const items = CATALOGUE_ITEMS.filter((i) => i.categoryCode === c.code);
      expect(items.length).toBeGreaterThan(10);
      for (const i of items) expect(i.code).toMatch(new RegExp(`^${c.code}-\\d{2}$`));
    }
  });

  it('gives every item keywords and only known skills', () => {
    for (const item of CATALOGUE_ITEMS) {
      expect(item.keywords.length).toBeGreaterThan(0);
      for (const k of item.keywords) expect(k.trim()).toBe(k);
      for (const s of item.skills) expect(SKILL_CODES.has(s), `${item.code} skill ${s}`).toBe(true);
    }
    expect(catalogueItem('C1-01')?.name).toBe('家电维修');
    expect(catalogueItem('C9-99')).toBeUndefined();
  });

  it('has a skill taxonomy of about 40 skills across professional fields', () => {
    expect(SKILLS.length).toBeGreaterThanOrEqual(35);
    expect(SKILL_CODES.size).toBe(SKILLS.length);
    const fields = new Set(SKILLS.map((s) => s.field));
    for (const f of ['医疗', '法律', '金融', '维修', '家政', '心理', '教育']) expect(fields.has(f)).toBe(true);
  });
});
