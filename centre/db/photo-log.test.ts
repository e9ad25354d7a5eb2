import { describe, expect, it } from 'vitest';
import { fieldsForLog, refersToRecord, withRecordBytes } from './photo-log';

describe('a visit photo in the change log', () => {
  const record = { id: 'p1', data: 'QUJD', width: 1280 };

  it('refers to the bytes its record holds, and reads them back', () => {
    const logged = JSON.stringify(fieldsForLog('visitPhotos', record, record));
    expect(logged).not.toContain('QUJD');
    expect(refersToRecord('visitPhotos', logged)).toBe(true);
    expect(withRecordBytes(JSON.parse(logged) as Record<string, unknown>, record)).toEqual(record);
  });

  it('copies bytes the record does not hold (a change that lost the merge), and other tables as they are', () => {
    expect(fieldsForLog('visitPhotos', { data: 'T0xE' }, record)).toEqual({ data: 'T0xE' });
    expect(fieldsForLog('visitPhotos', { width: 640 }, record)).toEqual({ width: 640 });
    expect(fieldsForLog('volunteers', { data: 'QUJD' }, { data: 'QUJD' })).toEqual({ data: 'QUJD' });
    expect(refersToRecord('volunteers', '{"data":{"$fromRecord":"data"}}')).toBe(false);
  });

  it('drops the field when the record is gone rather than send the reference', () => {
    const logged = JSON.parse(JSON.stringify(fieldsForLog('visitPhotos', record, record))) as Record<string, unknown>;
    expect(withRecordBytes(logged, undefined)).toEqual({ id: 'p1', width: 1280 });
  });
});
