/**
 * Two PCs of one station (the city hotline's seats, a village with a second computer) take
 * calls while offline, then sync: every request keeps a number no other request has. The
 * centre gives each PC its seat at enrolment; real stations (Dexie on fake-indexeddb) and the
 * real centre on SQLite and PostgreSQL.
 */
import { describe, expect, it } from 'vitest';
import { STORE_KINDS } from '../centre/testing/test-store';
import { useNetwork } from './harness/network';
import { takeRequest } from './harness/requests';
import { ENROLMENT_KEY } from '../renderer/src/sync/local-state';

const CITY = 'JX';
/** 10:00 China time on Saturday 28 November 2026. */
const AT = Date.parse('2026-11-28T10:00:00+08:00');

describe.each(STORE_KINDS)('request numbers from two PCs of one station on %s', (kind) => {
  const { stations } = useNetwork(kind, 11, { a: { path: CITY, role: 'clerk' }, b: { path: CITY, role: 'clerk' } });

  it('never repeat, though both PCs took calls between syncs', async () => {
    const { a, b } = stations;
    expect((await a.db.meta.get(ENROLMENT_KEY))?.value).toMatchObject({ seat: 1 });
    expect((await b.db.meta.get(ENROLMENT_KEY))?.value).toMatchObject({ seat: 2 });
    for (let i = 0; i < 3; i++) {
      await takeRequest(a, i, AT + i * 60_000, CITY, 'station');
      await takeRequest(b, i, AT + i * 60_000, CITY, 'station');
    }
    for (const s of [a, b, a]) expect(await s.runner.syncNow()).toBe('done');
    const numbers = (await a.db.synced('requests').toArray()).map((r) => r.number).sort();
    expect(numbers).toEqual(['JX20261128-0001', 'JX20261128-0002', 'JX20261128-0003', 'JX20261128-2-0001', 'JX20261128-2-0002', 'JX20261128-2-0003']);
    expect((await b.db.synced('requests').toArray()).map((r) => r.number).sort()).toEqual(numbers);
    // Each PC goes on from its own numbers, not the other's.
    expect((await takeRequest(a, 9, AT + 600_000, CITY, 'station')).number).toBe('JX20261128-0004');
    expect((await takeRequest(b, 9, AT + 600_000, CITY, 'station')).number).toBe('JX20261128-2-0004');
  });

  it('reach a PC enrolled before seats existed: it learns its seat on its next sync', async () => {
    const { b } = stations;
    // As stored by an app older than seats: the same enrolment without one.
    const { seat: _held, ...older } = (await b.db.meta.get(ENROLMENT_KEY))?.value as { seat?: number };
    await b.db.meta.put({ key: ENROLMENT_KEY, value: older });
    expect((await takeRequest(b, 10, AT + 700_000, CITY, 'station')).number).toMatch(/^JX20261128-\d{4}$/);
    expect(await b.runner.syncNow()).toBe('done');
    expect((await b.db.meta.get(ENROLMENT_KEY))?.value).toEqual({ ...older, seat: 2 });
    expect((await takeRequest(b, 11, AT + 800_000, CITY, 'station')).number).toBe('JX20261128-2-0005');
  });
});
