import { describe, expect, it } from 'vitest';
import type { ServiceRecord } from '../../../../../shared/domain/entities';
import { certificateFigures, certificateNumber } from './certificate';

const rec = (id: string, date: string, hours: number, deleted = false): ServiceRecord => ({
  id, date, hours, deleted, orgPath: 'JX/NH/T10/V003', createdAt: '', updatedAt: '', updatedBy: '', volunteerId: 'v', source: 'activity',
  sourceId: 'a', place: '', beneficiary: '', content: '', personInCharge: '', recorder: '',
});

describe('the service certificate', () => {
  it('sums hours by year and in total over the chosen period, oldest record first, without deleted records', () => {
    const records = [rec('c', '2026-03-01', 2.5), rec('a', '2025-12-30', 0.1), rec('b', '2025-12-31', 0.2), rec('x', '2026-01-02', 9, true)];
    const all = certificateFigures(records, null, null);
    expect(all).toMatchObject({ from: '2025-12-30', to: '2026-03-01', count: 3, centiHours: 280 });
    expect(all.byYear).toEqual([{ year: '2025', count: 2, centiHours: 30 }, { year: '2026', count: 1, centiHours: 250 }]);
    expect(all.records.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(certificateFigures(records, '2025-12-31', '2025-12-31')).toMatchObject({ count: 1, centiHours: 20 });
  });

  it('has a number that names the issuing unit, the day and the volunteer', () => {
    expect(certificateNumber('JX/NH/T10', '330412345678', '2026-11-29')).toBe('LX-JXNHT10-20261129-330412345678');
  });
});
