import { describe, expect, it } from 'vitest';
import { checklistChain, checklistId, checklistProblem, DEFAULT_CHECKLIST, effectiveChecklist, normaliseChecklist } from './checklist';

const VILLAGE = 'JX/NH/T01/V001';
const rec = (orgPath: string, items: string[], extra: object = {}) => ({ orgPath, items, ...extra });

describe('checklist validation', () => {
  it('takes 1–20 trimmed, distinct checks of at most 40 characters', () => {
    expect(checklistProblem(['消毒', '测温'])).toBeNull();
    expect(checklistProblem([])).toBe('empty');
    expect(checklistProblem([''])).toBe('empty');
    expect(checklistProblem([' 消毒'])).toBe('untrimmed');
    expect(checklistProblem(['消毒', '消毒'])).toBe('duplicate');
    expect(checklistProblem(['查'.repeat(41)])).toBe('tooLong');
    expect(checklistProblem(Array.from({ length: 21 }, (_, i) => `项 ${i}`))).toBe('tooMany');
    expect(checklistProblem(Array.from({ length: 20 }, (_, i) => `项 ${i}`))).toBeNull();
    expect(checklistProblem('消毒')).toBe('notAList');
    expect(checklistProblem([1])).toBe('notAList');
  });

  it('cleans what an admin typed before checking it', () => {
    expect(normaliseChecklist([' 消毒 ', '', '消毒', '测温'])).toEqual({ ok: true, items: ['消毒', '测温'] });
    expect(normaliseChecklist(['  '])).toEqual({ ok: false, code: 'empty' });
    expect(normaliseChecklist(['查'.repeat(41)])).toEqual({ ok: false, code: 'tooLong' });
  });

  it('derives one record id per unit', () => {
    expect(checklistId(VILLAGE)).toBe('checklist:JX/NH/T01/V001');
    expect(checklistId(VILLAGE).length).toBeLessThanOrEqual(64);
    expect(checklistChain(VILLAGE)).toEqual([VILLAGE, 'JX/NH/T01', 'JX/NH', 'JX']);
  });
});

describe('effective checklist', () => {
  it('is the built-in default when no unit of the chain set one', () => {
    expect(effectiveChecklist(VILLAGE, [])).toEqual({ items: [...DEFAULT_CHECKLIST], source: { kind: 'default' } });
  });

  it('is the nearest ancestor\'s list, else the station\'s own', () => {
    const county = rec('JX/NH', ['县级一']);
    const town = rec('JX/NH/T01', ['镇级一', '镇级二']);
    expect(effectiveChecklist(VILLAGE, [county])).toMatchObject({ items: ['县级一'], source: { kind: 'inherited', from: 'JX/NH' } });
    expect(effectiveChecklist(VILLAGE, [county, town, undefined])).toMatchObject({ items: ['镇级一', '镇级二'], source: { kind: 'inherited', from: 'JX/NH/T01' } });
    expect(effectiveChecklist(VILLAGE, [rec(VILLAGE, ['村级']), town, county])).toEqual({ items: ['村级'], source: { kind: 'own' }, own: { items: ['村级'] } });
  });

  it('skips a unit that went back to the level above, a deleted record, and a list that fails the schema', () => {
    const county = rec('JX/NH', ['县级一']);
    expect(effectiveChecklist(VILLAGE, [rec(VILLAGE, ['村级'], { inherit: true }), county])).toEqual({
      items: ['县级一'], source: { kind: 'inherited', from: 'JX/NH' }, own: { items: ['村级'], inherit: true },
    });
    expect(effectiveChecklist(VILLAGE, [rec('JX/NH/T01', ['镇级'], { deleted: true }), county]).source).toEqual({ kind: 'inherited', from: 'JX/NH' });
    expect(effectiveChecklist(VILLAGE, [rec('JX/NH/T01', []), county]).source).toEqual({ kind: 'inherited', from: 'JX/NH' });
  });

  it('ignores records of units outside the chain (a sibling village, a unit below)', () => {
    expect(effectiveChecklist('JX/NH/T01', [rec(VILLAGE, ['村级']), rec('JX/NH/T02', ['邻镇'])]).source).toEqual({ kind: 'default' });
  });
});
