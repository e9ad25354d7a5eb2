/** Small valid records for centre tests; the demo city supplies realistic ones. */
import type { BaseRecord } from '../../shared/domain/entities';

export interface SampleRecord extends BaseRecord {
  name: string;
  skills: string[];
}

export function sampleRecord(n: number, over: Partial<SampleRecord> = {}): SampleRecord {
  const at = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return {
    id: `rec-${String(n).padStart(6, '0')}`,
    orgPath: n % 2 ? 'JX/NH/T01/V001' : 'JX/XZ/T02/V010',
    createdAt: at,
    updatedAt: at,
    updatedBy: 'test',
    name: `志愿者${n}`,
    skills: n % 3 ? ['repair'] : [],
    ...over,
  };
}

export function sampleRecords(count: number, start = 0): SampleRecord[] {
  return Array.from({ length: count }, (_, i) => sampleRecord(start + i));
}
