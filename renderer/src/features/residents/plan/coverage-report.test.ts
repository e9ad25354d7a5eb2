import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../db';
import type { Pairing, Resident } from '../../../../../shared/domain/entities';
import { visitStatus } from '../../../../../shared/residents/visit-schedule';
import { coverageReport } from './queries';

const TODAY = '2026-11-27';
const POINTS = ['JX/NH/T10/V001', 'JX/NH/T10/V002', 'JX/NH/T10/V003', 'JX/NH/T10', 'JX/NH/T11/V001'];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}
const pick = <T,>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
const date = (r: () => number, from: number, span: number) => new Date(Date.UTC(2026, 0, 1) + Math.floor(from + r() * span) * 86_400_000).toISOString().slice(0, 10);
const base = { createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', updatedBy: 'seed', _hlc: '1' };

/** A register and its pairings in every state: ended, not started, overdue, due this week, on track, deleted, owing nothing. */
async function seed(seedNo: number) {
  const r = rng(seedNo);
  const residents = Array.from({ length: 400 }, (_, i) => ({ ...base, id: `r${i}`, orgPath: pick(r, POINTS), name: `居民${i}`, address: '', categories: ['elderly'], riskLevel: 'low' }) as unknown as Resident);
  const pairings = Array.from({ length: 300 }, (_, i) => {
    const res = pick(r, residents);
    const startDate = date(r, 0, 400);
    const p = {
      ...base, id: `p${i}`, orgPath: res.orgPath, residentId: res.id, volunteerId: `v${Math.floor(r() * 25)}`, frequency: pick(r, ['weekly', 'monthly', 'quarterly'] as const), startDate,
      ...(r() < 0.15 ? { endDate: date(r, 200, 200) } : {}),
      ...(r() < 0.6 ? { lastVisitDate: date(r, 200, 130) } : {}),
      ...(r() < 0.05 ? { deleted: true } : {}),
    } as Pairing;
    // Every tenth visited weekly last Saturday: due by this Sunday.
    return i % 10 === 0 ? { ...p, frequency: 'weekly' as const, startDate: '2026-01-01', endDate: undefined, lastVisitDate: '2026-11-21' } : p;
  });
  const volunteers = Array.from({ length: 25 }, (_, i) => ({ ...base, id: `v${i}`, orgPath: POINTS[0], name: `党员${i}` }));
  await db.transaction('rw', [db.table('residents'), db.table('pairings'), db.table('volunteers')], async () => {
    await db.table('residents').bulkPut(residents);
    await db.table('pairings').bulkPut(pairings);
    await db.table('volunteers').bulkPut(volunteers);
  });
}

/** The report worked out the slow, obvious way: every record read, every rule applied directly. */
async function bruteForce() {
  const residents = await db.synced('residents').toArray();
  const pairings = (await db.synced('pairings').toArray()).filter((p) => !p.deleted);
  const volunteers = new Map((await db.synced('volunteers').toArray()).map((v) => [v.id, v.name]));
  const active = pairings.map((p) => ({ p, state: visitStatus(p, TODAY).state })).filter((x) => x.state !== 'ended' && x.state !== 'notStarted');
  const figures = (households: number, within: (path: string) => boolean) => {
    const mine = active.filter((x) => within(x.p.orgPath));
    const paired = new Set(mine.map((x) => x.p.residentId));
    const late = new Set(mine.filter((x) => x.state === 'overdue').map((x) => x.p.residentId));
    const soon = new Set(mine.filter((x) => x.state === 'dueThisWeek' && !late.has(x.p.residentId)).map((x) => x.p.residentId));
    return { households, paired: paired.size, onTime: paired.size - late.size, overdue: late.size, dueThisWeek: soon.size };
  };
  const points = [...new Set([...residents.map((x) => x.orgPath), ...pairings.map((p) => p.orgPath)])].sort();
  const members = new Map<string, { volunteerId: string; households: number; overdue: number; dueThisWeek: number; name: string }>();
  for (const { p, state } of active) {
    const m = members.get(p.volunteerId) ?? { volunteerId: p.volunteerId, households: 0, overdue: 0, dueThisWeek: 0, name: volunteers.get(p.volunteerId) ?? '' };
    m.households += 1;
    if (state === 'overdue') m.overdue += 1;
    if (state === 'dueThisWeek') m.dueThisWeek += 1;
    members.set(p.volunteerId, m);
  }
  return {
    total: figures(residents.length, () => true),
    byPoint: points.map((orgPath) => ({ orgPath, ...figures(residents.filter((x) => x.orgPath === orgPath).length, (path) => path === orgPath) })),
    members: [...members.values()],
  };
}

beforeEach(async () => {
  await Promise.all(['residents', 'pairings', 'volunteers'].map((t) => db.table(t).clear()));
});

describe('coverage report from the indexes', () => {
  it.each([1, 2, 3])('equals the brute-force report (seed %i)', async (seedNo) => {
    await seed(seedNo);
    const report = await coverageReport(TODAY);
    const brute = await bruteForce();
    expect(report.total).toEqual(brute.total);
    expect(report.byPoint).toEqual(brute.byPoint);
    // Same loads; the report orders them most overdue first.
    const byId = (xs: { volunteerId: string }[]) => [...xs].sort((a, b) => a.volunteerId.localeCompare(b.volunteerId));
    expect(byId(report.members)).toEqual(byId(brute.members));
    const keys = report.members.map((m) => [m.overdue, m.dueThisWeek, m.households]);
    expect(keys).toEqual([...keys].sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]! || b[2]! - a[2]!));
    // The seed exercises every state.
    expect(brute.total.overdue).toBeGreaterThan(0);
    expect(brute.total.dueThisWeek).toBeGreaterThan(0);
    expect(brute.total.paired).toBeLessThan(brute.total.households);
  });

  it('is empty, not wrong, with nothing registered', async () => {
    expect(await coverageReport(TODAY)).toEqual({ total: { households: 0, paired: 0, onTime: 0, overdue: 0, dueThisWeek: 0 }, byPoint: [], members: [] });
  });
});
