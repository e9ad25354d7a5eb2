/**
 * Record ids: UUIDv7, generated where the record is created (offline too). The first 48 bits are
 * the creation time in ms, so ids sort by creation time and indexes stay append-mostly.
 */
import { uuidv7 } from 'uuidv7';

/** A new time-sortable id; monotonic within this process even inside one millisecond. */
export function newId(): string {
  return uuidv7();
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isValidId(id: string): boolean {
  return typeof id === 'string' && UUID.test(id);
}

/** Creation time (ms since the epoch) carried in a UUIDv7. */
export function idTime(id: string): number {
  if (!isValidId(id)) throw new Error(`Not a UUIDv7: ${JSON.stringify(id)}`);
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

/**
 * A UUIDv7 built from a given time and given random words (three 32-bit numbers; 74 of their 96
 * bits are used). Used where an id must be reproducible, e.g. the demo city: the same inputs give
 * the same id, and ids still sort by `timeMs`.
 */
export function uuidv7At(timeMs: number, words: readonly [number, number, number]): string {
  if (!Number.isSafeInteger(timeMs) || timeMs < 0 || timeMs > 0xffffffffffff) throw new RangeError(`UUIDv7 time out of range: ${timeMs}`);
  const time = timeMs.toString(16).padStart(12, '0');
  const rand = hex8(words[0]) + hex8(words[1]) + hex8(words[2]);
  const variant = (8 | (words[2] & 3)).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${rand.slice(0, 3)}-${variant}${rand.slice(3, 6)}-${rand.slice(6, 18)}`;
}

function hex8(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}
