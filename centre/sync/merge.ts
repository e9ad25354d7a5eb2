/**
 * Per-field last-writer-wins (ARCHITECTURE.md, "Unit of change"): a pushed field replaces the
 * centre's value only when its HLC is later than the clock of the value held. HLC strings end
 * with the node id, so two writes at the same wall time and counter still order the same way
 * everywhere. A field the record never held has no clock, so any write of it wins — the same
 * rule the station's merge uses, which is what makes every replica end equal.
 */
import { compareHlc } from '../../shared/clock/hlc';
import { ALL_FIELDS, type FieldClocks } from '../db/field-clocks';

export interface HeldRecord {
  data: Record<string, unknown>;
  clocks: FieldClocks;
}

export function heldClock(held: HeldRecord, field: string): string {
  return held.clocks[field] ?? (field in held.data ? (held.clocks[ALL_FIELDS] ?? '') : '');
}

/** The incoming fields that win against `held` (all of them for a new record). */
export function winningFields(held: HeldRecord | undefined, fields: Record<string, unknown>, hlc: string): Record<string, unknown> {
  if (!held) return { ...fields };
  const won: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(fields)) if (compareHlc(hlc, heldClock(held, field)) > 0) won[field] = value;
  return won;
}

/** The record and its clocks after `won` was written at `hlc`. */
export function applyWinners(held: HeldRecord | undefined, won: Record<string, unknown>, hlc: string): HeldRecord {
  const clocks: FieldClocks = { ...held?.clocks };
  for (const field of Object.keys(won)) clocks[field] = hlc;
  return { data: { ...held?.data, ...won }, clocks };
}
