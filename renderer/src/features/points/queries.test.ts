import 'fake-indexeddb/auto';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '../../db';
import type { ServiceRecord } from '../../../../shared/domain/entities';
import { isWithin } from '../../../../shared/org/org-path';
import { DEFAULT_RULE } from '../../../../shared/points/rule';
import { excellentCandidates, leaderboard, unitRanking } from './queries';
import { volunteerTallies } from './tallies/rebuild';

const UNITS = ['JX/NH/T01/V001', 'JX/NH/T01/V002', 'JX/NH/T02/V001', 'JX/HN/T01/V001', 'JX/HN/T03/V009', 'JX/XZ/T02/V004'];

/** 600 records of 150 volunteers in six villages of three counties, written like a pull writes them. */
beforeAll(async () => {
  db.close();
  await db.delete();
  await db.open();
  let seed = 11;
  const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const rows: (ServiceRecord & { _hlc: string })[] = Array.from({ length: 600 }, (_, i) => {
    const v = Math.floor(next() * 150);
    return {
      id: `s${i}`, _hlc: 'x', orgPath: UNITS[v % UNITS.length]!, createdAt: '', updatedAt: '', updatedBy: '', volunteerId: `v${v}`, source: 'activity', sourceId: 'a',
      date: next() < 0.8 ? '2026-05-01' : '2025-05-01', place: '', beneficiary: '', content: '', hours: Math.ceil(next() * 40) / 2, personInCharge: '', recorder: '',
    };
  });
  await db.transaction('rw', db.synced('serviceRecords'), () => db.synced('serviceRecords').bulkAdd(rows));
});

async function bruteForce(period: string, unit: string, metric: 'points' | 'centiHours') {
  return (await volunteerTallies(db).toArray()).filter((t) => t.period === period && isWithin(t.orgPath, unit)).sort((a, b) => b[metric] - a[metric]).map((t) => t[metric]);
}

describe('leaderboards read from the tallies', () => {
  it('give the same top figures as a brute-force sort, for the station, a county (from the top of the index) and a town or village (its range)', async () => {
    for (const unit of ['JX', 'JX/NH', 'JX/HN', 'JX/NH/T01', 'JX/NH/T01/V002']) {
      for (const metric of ['points', 'centiHours'] as const) {
        const board = await leaderboard(db, { period: 'Y2026', unit, station: 'JX', metric, limit: 10 });
        expect(board.map((r) => r.tally[metric])).toEqual((await bruteForce('Y2026', unit, metric)).slice(0, 10));
        expect(board.every((r) => isWithin(r.tally.orgPath, unit))).toBe(true);
      }
    }
  });

  it('rank a unit\'s children by their subtree\'s figures', async () => {
    const counties = await unitRanking(db, 'all', 'JX', 'centiHours');
    const sum = async (unit: string) => (await volunteerTallies(db).toArray()).filter((t) => t.period === 'all' && isWithin(t.orgPath, unit)).reduce((s, t) => s + t.centiHours, 0);
    expect(counties.length).toBe(7);
    for (const c of counties) expect(c.tally?.centiHours ?? 0).toBe(await sum(c.unit));
    expect(counties.map((c) => c.tally?.centiHours ?? 0)).toEqual([...counties.map((c) => c.tally?.centiHours ?? 0)].sort((a, b) => b - a));
  });

  it('list the excellent-volunteer candidates that meet every criterion, by points', async () => {
    const criteria = { ...DEFAULT_RULE.excellent, minHours: 20, minRecords: 3 };
    const { rows, total } = await excellentCandidates(db, 2026, criteria);
    const expected = (await volunteerTallies(db).toArray()).filter((t) => t.period === 'Y2026' && t.centiHours >= 2000 && t.records >= 3 && t.dissatisfied === 0);
    expect(total).toBe(expected.length);
    expect(rows.map((r) => r.tally.points)).toEqual(expected.map((t) => t.points).sort((a, b) => b - a).slice(0, 100));
  });
});
