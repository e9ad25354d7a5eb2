import { describe, expect, it } from 'vitest';
import { CITY_PATH, ancestorsOf, isValidOrgPath, isVisibleTo, isWithin, levelOf, parentOf } from './org-path';

describe('org paths', () => {
  it.each([
    ['JX', true], ['JX/NH', true], ['JX/NH/T01', true], ['JX/NH/T01/V001', true],
    ['', false], ['HZ', false], ['JX/', false], ['JX//T01', false], ['JX/NH/T01/V001/X', false],
    ['jx/nh', false], ['JX/NH/T 1', false], ['/JX', false],
  ])('isValidOrgPath(%j) is %s', (p, ok) => {
    expect(isValidOrgPath(p)).toBe(ok);
  });

  it('knows parents and levels', () => {
    expect(parentOf(CITY_PATH)).toBeNull();
    expect(parentOf('JX/NH/T01/V001')).toBe('JX/NH/T01');
    expect(['JX', 'JX/NH', 'JX/NH/T01', 'JX/NH/T01/V001'].map(levelOf)).toEqual(['city', 'county', 'town', 'village']);
    expect(() => levelOf('JX/NH/T01/V001/Z')).toThrow();
  });

  it('compares subtrees segment by segment', () => {
    expect(isWithin('JX/NH/T01', 'JX/NH/T01')).toBe(true);
    expect(isWithin('JX/NH/T01/V001', 'JX/NH')).toBe(true);
    expect(isWithin('JX/NH/T1', 'JX/NH/T')).toBe(false);
    expect(isWithin('JX/NH', 'JX/NH/T01')).toBe(false);
    expect(isWithin('JX/NHX', 'JX/NH')).toBe(false);
  });

  it('lists ancestors city first', () => {
    expect(ancestorsOf('JX/NH/T01/V001')).toEqual(['JX', 'JX/NH', 'JX/NH/T01']);
    expect(ancestorsOf('JX')).toEqual([]);
  });

  it('applies the scope rule', () => {
    const station = 'JX/NH/T01/V001';
    expect(isVisibleTo('JX/NH/T01/V001', station, false)).toBe(true);
    expect(isVisibleTo('JX/NH/T01', station, false)).toBe(false);
    expect(isVisibleTo('JX/NH/T01', station, true)).toBe(true);
    expect(isVisibleTo('JX', station, true)).toBe(true);
    expect(isVisibleTo('JX/NH/T01/V002', station, true)).toBe(false);
    expect(isVisibleTo('JX/XZ', station, true)).toBe(false);
    // A town station sees its villages' records, and the city's shared records.
    expect(isVisibleTo('JX/NH/T01/V002', 'JX/NH/T01', false)).toBe(true);
    expect(isVisibleTo('JX/NH/T02/V001', 'JX/NH/T01', false)).toBe(false);
  });
});
