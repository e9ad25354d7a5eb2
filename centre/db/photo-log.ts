/**
 * The centre keeps a photo's bytes once. A visit photo is up to ~450 KB of base64; copying it
 * into its change-log row as well as its record doubled what every photo costs the centre,
 * and the log is never pruned. So a change of a visit photo that logs the bytes the record
 * now holds stores a reference instead, and a pull reads the bytes from the record.
 *
 * Reading the record's bytes for an older change is safe: a photo's bytes do not change once
 * taken, and if they ever did, the later change also follows in the log with its own clock.
 */
/** Stands for "the bytes in the record". A station cannot send it: a photo's `data` must be base64 text. */
const FROM_RECORD = { $fromRecord: 'data' } as const;

/** The fields of a change (a whole record, or the fields a merge changed) as the change log stores them. */
export function fieldsForLog(tbl: string, fields: object, record: object | undefined): object {
  const data = (fields as { data?: unknown }).data;
  if (tbl !== 'visitPhotos' || typeof data !== 'string' || data !== (record as { data?: unknown } | undefined)?.data) return fields;
  return { ...fields, data: FROM_RECORD };
}

/** Whether a stored change-log row (its JSON text) refers to its record's bytes. */
export function refersToRecord(tbl: string, fieldsJson: string): boolean {
  return tbl === 'visitPhotos' && fieldsJson.includes('"$fromRecord"');
}

/** The logged fields with the record's bytes put back; a record without them drops the field. */
export function withRecordBytes(fields: Record<string, unknown>, record: Record<string, unknown> | undefined): Record<string, unknown> {
  const { data, ...rest } = fields;
  const isRef = typeof data === 'object' && data !== null && (data as Record<string, unknown>).$fromRecord === 'data';
  if (!isRef) return fields;
  return typeof record?.data === 'string' ? { ...rest, data: record.data } : rest;
}
