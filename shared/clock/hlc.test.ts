import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ClockDriftError, HlcClock, MAX_COUNTER, compareHlc, decodeHlc, encodeHlc, isValidHlc } from './hlc';

function fixedClock(start: number) {
  let t = start;
  return { now: () => t, set: (v: number) => void (t = v) };
}

describe('HLC encoding', () => {
  it('round-trips and is fixed-width before the node', () => {
    const s = encodeHlc({ wall: 1_764_318_600_000, counter: 26, node: 'dev-7f3a' });
    expect(s).toBe('001764318600000-001a-dev-7f3a');
    expect(decodeHlc(s)).toEqual({ wall: 1_764_318_600_000, counter: 26, node: 'dev-7f3a' });
  });

  it.each(['', 'x', '1764318600000-0000-a', '001764318600000-001A-a', '001764318600000-0001-', '001764318600000-0001-a b'])(
    'rejects malformed %j',
    (s) => {
      expect(() => decodeHlc(s)).toThrow();
      expect(isValidHlc(s)).toBe(false);
    },
  );

  it('refuses values it cannot encode', () => {
    expect(() => encodeHlc({ wall: -1, counter: 0, node: 'a' })).toThrow();
    expect(() => encodeHlc({ wall: 1, counter: MAX_COUNTER + 1, node: 'a' })).toThrow();
    expect(() => encodeHlc({ wall: 1, counter: 0, node: '' })).toThrow();
  });

  it('sorts as (wall, counter, node) for any values', () => {
    const hlc = fc.record({ wall: fc.integer({ min: 0, max: 4_102_444_800_000 }), counter: fc.integer({ min: 0, max: MAX_COUNTER }), node: fc.stringMatching(/^[a-z0-9-]{1,12}$/) });
    fc.assert(
      fc.property(hlc, hlc, (a, b) => {
        const expected = Math.sign(a.wall - b.wall || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0));
        expect(Math.sign(compareHlc(encodeHlc(a), encodeHlc(b)))).toBe(expected);
      }),
    );
  });
});

describe('HlcClock', () => {
  it('follows the wall clock and counts within one millisecond', () => {
    const clock = fixedClock(1000);
    const c = new HlcClock('a', { now: clock.now });
    expect(c.tick()).toBe(encodeHlc({ wall: 1000, counter: 0, node: 'a' }));
    expect(c.tick()).toBe(encodeHlc({ wall: 1000, counter: 1, node: 'a' }));
    clock.set(1005);
    expect(c.tick()).toBe(encodeHlc({ wall: 1005, counter: 0, node: 'a' }));
  });

  it('stays monotonic when the wall clock goes backwards', () => {
    const clock = fixedClock(5000);
    const c = new HlcClock('a', { now: clock.now });
    const first = c.tick();
    clock.set(1000);
    const second = c.tick();
    expect(compareHlc(second, first)).toBeGreaterThan(0);
    expect(decodeHlc(second)).toEqual({ wall: 5000, counter: 1, node: 'a' });
  });

  it('resumes after the last persisted value', () => {
    const last = encodeHlc({ wall: 9000, counter: 3, node: 'a' });
    const c = new HlcClock('a', { now: () => 100, last });
    expect(c.last).toBe(last);
    expect(decodeHlc(c.tick())).toEqual({ wall: 9000, counter: 4, node: 'a' });
  });

  it('borrows the next millisecond when the counter overflows', () => {
    const c = new HlcClock('a', { now: () => 7, last: encodeHlc({ wall: 7, counter: MAX_COUNTER, node: 'a' }) });
    const next = c.tick();
    expect(decodeHlc(next)).toEqual({ wall: 8, counter: 0, node: 'a' });
    expect(compareHlc(next, encodeHlc({ wall: 7, counter: MAX_COUNTER, node: 'a' }))).toBeGreaterThan(0);
  });

  it('moves past a received timestamp', () => {
    const c = new HlcClock('a', { now: () => 1000 });
    c.tick();
    const remote = encodeHlc({ wall: 2000, counter: 5, node: 'b' });
    expect(decodeHlc(c.receive(remote))).toEqual({ wall: 2000, counter: 6, node: 'a' });
    expect(decodeHlc(c.tick())).toEqual({ wall: 2000, counter: 7, node: 'a' });
    // An older remote still advances the counter.
    expect(decodeHlc(c.receive(encodeHlc({ wall: 10, counter: 0, node: 'b' })))).toEqual({ wall: 2000, counter: 8, node: 'a' });
    // Equal walls take the larger counter.
    expect(decodeHlc(c.receive(encodeHlc({ wall: 2000, counter: 40, node: 'b' })))).toEqual({ wall: 2000, counter: 41, node: 'a' });
  });

  it('refuses a remote clock too far ahead', () => {
    const c = new HlcClock('a', { now: () => 1000, maxDriftMs: 60_000 });
    const before = c.last;
    expect(() => c.receive(encodeHlc({ wall: 1000 + 60_001, counter: 0, node: 'b' }))).toThrow(ClockDriftError);
    expect(c.last).toBe(before);
    expect(() => c.receive(encodeHlc({ wall: 1000 + 60_000, counter: 0, node: 'b' }))).not.toThrow();
  });

  it('orders every event of every node causally under random clocks (property)', () => {
    const step = fc.record({ node: fc.integer({ min: 0, max: 2 }), send: fc.boolean(), to: fc.integer({ min: 0, max: 2 }), jump: fc.integer({ min: -5000, max: 5000 }) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 200 }), (steps) => {
        const walls = [100_000, 100_000, 100_000];
        const clocks = [0, 1, 2].map((n) => new HlcClock(`n${n}`, { now: () => walls[n] as number, maxDriftMs: Number.POSITIVE_INFINITY }));
        const lastOf = clocks.map((c) => c.last);
        for (const s of steps) {
          walls[s.node] = Math.max(0, (walls[s.node] as number) + s.jump);
          const sender = clocks[s.node] as HlcClock;
          const sent = sender.tick();
          expect(compareHlc(sent, lastOf[s.node] as string)).toBeGreaterThan(0);
          lastOf[s.node] = sent;
          if (s.send && s.to !== s.node) {
            const got = (clocks[s.to] as HlcClock).receive(sent);
            // Happened-before: the receive is later than the send and than the receiver's past.
            expect(compareHlc(got, sent)).toBeGreaterThan(0);
            expect(compareHlc(got, lastOf[s.to] as string)).toBeGreaterThan(0);
            lastOf[s.to] = got;
          }
        }
      }),
    );
  });
});
