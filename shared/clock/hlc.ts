/**
 * Hybrid logical clock (HLC): wall time, a counter and the node id. Station clocks are wrong;
 * the HLC still orders every write causally, and per-field last-writer-wins compares these
 * strings (ARCHITECTURE.md, "Unit of change", "Clocks").
 *
 * Encoding: `<wall ms, 15 decimal digits>-<counter, 4 lower-case hex digits>-<node>`, e.g.
 * `001764318600000-0000-dev-7f3a`. The first two parts have fixed width, so comparing two encoded
 * strings is comparing (wall, counter, node) in that order.
 */
export interface Hlc {
  wall: number;
  counter: number;
  node: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 4;
export const MAX_COUNTER = 0xffff;
const MAX_WALL = 10 ** WALL_DIGITS - 1;
const ENCODED = /^(\d{15})-([0-9a-f]{4})-(\S+)$/;
const NODE = /^\S+$/;

export function encodeHlc(h: Hlc): string {
  if (!Number.isSafeInteger(h.wall) || h.wall < 0 || h.wall > MAX_WALL) throw new RangeError(`HLC wall out of range: ${h.wall}`);
  if (!Number.isInteger(h.counter) || h.counter < 0 || h.counter > MAX_COUNTER) throw new RangeError(`HLC counter out of range: ${h.counter}`);
  if (!NODE.test(h.node)) throw new RangeError(`HLC node must be non-empty without spaces: ${JSON.stringify(h.node)}`);
  return `${String(h.wall).padStart(WALL_DIGITS, '0')}-${h.counter.toString(16).padStart(COUNTER_DIGITS, '0')}-${h.node}`;
}

export function decodeHlc(s: string): Hlc {
  const m = ENCODED.exec(s);
  if (!m) throw new Error(`Malformed HLC: ${JSON.stringify(s)}`);
  return { wall: Number(m[1]), counter: parseInt(m[2] as string, 16), node: m[3] as string };
}

export function isValidHlc(s: string): boolean {
  return typeof s === 'string' && ENCODED.test(s);
}

/** Causal order of two encoded HLCs: negative, zero or positive. */
export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A remote clock is further ahead of ours than we accept (a station with a wrong clock). */
export class ClockDriftError extends Error {
  constructor(readonly remoteWall: number, readonly localWall: number, readonly maxDriftMs: number) {
    super(`Remote clock is ${remoteWall - localWall} ms ahead (more than ${maxDriftMs} ms allowed)`);
    this.name = 'ClockDriftError';
  }
}

export interface HlcClockOptions {
  /** Physical clock in ms; injectable for tests. */
  now?: () => number;
  /** Last HLC this node issued or saw (persisted), so a restart never goes backwards. */
  last?: string;
  /** How far ahead of local time a received HLC may be. Default 5 minutes. */
  maxDriftMs?: number;
}

export const DEFAULT_MAX_DRIFT_MS = 5 * 60_000;

export class HlcClock {
  private readonly now: () => number;
  private readonly maxDriftMs: number;
  private wall: number;
  private counter: number;

  constructor(readonly node: string, opts: HlcClockOptions = {}) {
    if (!NODE.test(node)) throw new RangeError(`HLC node must be non-empty without spaces: ${JSON.stringify(node)}`);
    this.now = opts.now ?? Date.now;
    this.maxDriftMs = opts.maxDriftMs ?? DEFAULT_MAX_DRIFT_MS;
    const last = opts.last ? decodeHlc(opts.last) : { wall: 0, counter: 0 };
    this.wall = last.wall;
    this.counter = last.counter;
  }

  /** A new timestamp for a local event, later than every timestamp issued or received so far. */
  tick(): string {
    const physical = Math.floor(this.now());
    if (physical > this.wall) this.set(physical, 0);
    else this.set(this.wall, this.counter + 1);
    return this.last;
  }

  /** Merge a timestamp from another node; returns the new local timestamp, later than both. */
  receive(remote: string): string {
    const r = decodeHlc(remote);
    const physical = Math.floor(this.now());
    if (r.wall - physical > this.maxDriftMs) throw new ClockDriftError(r.wall, physical, this.maxDriftMs);
    const wall = Math.max(physical, this.wall, r.wall);
    if (wall === this.wall && wall === r.wall) this.set(wall, Math.max(this.counter, r.counter) + 1);
    else if (wall === this.wall) this.set(wall, this.counter + 1);
    else if (wall === r.wall) this.set(wall, r.counter + 1);
    else this.set(wall, 0);
    return this.last;
  }

  get last(): string {
    return encodeHlc({ wall: this.wall, counter: this.counter, node: this.node });
  }

  /**
   * A counter past its width borrows the next millisecond rather than failing: the clock runs at
   * most a few ms ahead under a burst of 65,536 events in one ms, and order is never lost.
   */
  private set(wall: number, counter: number): void {
    if (counter > MAX_COUNTER) {
      this.wall = wall + 1;
      this.counter = 0;
    } else {
      this.wall = wall;
      this.counter = counter;
    }
  }
}
