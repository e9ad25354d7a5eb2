/**
 * The per-field clocks of a stored record. A whole-record write (a seed, an import) stamps
 * every field with one HLC; storing that once under `*` instead of once per field keeps a
 * million seeded requests from carrying a million copies of the same clock. A field listed by
 * name overrides `*`, which is what per-field merges (sync) will write.
 */
export type FieldClocks = Record<string, string>;

export const ALL_FIELDS = '*';

export function wholeRecordClocks(hlc: string): FieldClocks {
  return { [ALL_FIELDS]: hlc };
}

/** The clock of one field's current value, or undefined if it was never written. */
export function fieldClock(clocks: FieldClocks, field: string): string | undefined {
  return clocks[field] ?? clocks[ALL_FIELDS];
}
