import { describe, expect, it } from 'vitest';
import type { Mutation } from '../../shared/sync/mutation';
import { MAX_PHOTO_BASE64 } from '../../shared/residents/photos';
import { tableProblem } from './table-checks';

const m = (table: Mutation['table'], recordId: string, orgPath: string, fields: Record<string, unknown>): Mutation =>
  ({ mutationId: 'm1', seq: 1, table, recordId, orgPath, op: 'upsert', fields, hlc: '000000000000000-0000-n', operatorId: 'op' });

describe('table checks', () => {
  it('a checklist is named after its unit and holds a valid list', () => {
    expect(tableProblem(m('enterpriseChecklists', 'checklist:JX/NH', 'JX/NH', { createdAt: '2026-11-27T00:00:00Z', items: ['消毒'] }))).toBeNull();
    expect(tableProblem(m('enterpriseChecklists', 'checklist:JX/NH', 'JX/NH', { inherit: true }))).toBeNull();
    expect(tableProblem(m('enterpriseChecklists', 'random-id', 'JX/NH', { items: ['消毒'] }))).toMatch(/must have the id checklist:JX\/NH/);
    expect(tableProblem(m('enterpriseChecklists', 'checklist:JX/NH', 'JX/NH', { createdAt: '2026-11-27T00:00:00Z' }))).toMatch(/must have items/);
    expect(tableProblem(m('enterpriseChecklists', 'checklist:JX/NH', 'JX/NH', { items: ['消毒', '消毒'] }))).toBe('items: duplicate');
    expect(tableProblem(m('enterpriseChecklists', 'checklist:JX/NH', 'JX/NH', { items: Array.from({ length: 21 }, (_, i) => `项${i}`) }))).toBe('items: tooMany');
  });

  it('a visit photo is a bounded JPEG in base64', () => {
    const ok = { visitId: 'v1', mime: 'image/jpeg', width: 1280, height: 960, data: 'AAAA' };
    expect(tableProblem(m('visitPhotos', 'p1', 'JX/NH', ok))).toBeNull();
    expect(tableProblem(m('visitPhotos', 'p1', 'JX/NH', { ...ok, mime: 'image/png' }))).toMatch(/mime/);
    expect(tableProblem(m('visitPhotos', 'p1', 'JX/NH', { ...ok, width: 4000 }))).toMatch(/width/);
    expect(tableProblem(m('visitPhotos', 'p1', 'JX/NH', { ...ok, data: 'not base64!' }))).toMatch(/base64/);
    expect(tableProblem(m('visitPhotos', 'p1', 'JX/NH', { ...ok, data: 'A'.repeat(MAX_PHOTO_BASE64 + 4) }))).toMatch(/base64/);
  });

  it('leaves other tables to the shared checks', () => {
    expect(tableProblem(m('volunteers', 'v1', 'JX/NH', { name: 'x' }))).toBeNull();
  });
});
