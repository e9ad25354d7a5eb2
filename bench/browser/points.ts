/**
 * `points`: the city station's database with V volunteers (default 181,000) and R service
 * records (default 181,000, over 2025–2026). Prints
 * - the write cost of the tally upkeep: `sample` records (default 50,000) bulkPut with the points
 *   middleware vs the same schema without any middleware; then all R with every middleware the
 *   app installs;
 * - the full re-scoring after a rule change;
 * - p95 over `runs` of the screens that read tallies (city and county leaderboards, the unit
 *   ranking, star proposals, the excellent-volunteer candidates) beside the baseline a screen
 *   without tallies would need: the year's city leaderboard aggregated from the records.
 */
import Dexie from 'dexie';
import type { ServiceRecord, Volunteer } from '../../shared/domain/entities';
import { villagePaths } from '../../shared/org/org-tree';
import { LianxinDb } from '../../renderer/src/db/schema';
import { applyMigrations } from '../../renderer/src/db/migrations';
import { pointsUpkeep } from '../../renderer/src/features/points/tallies/upkeep';
import { rebuildTallies } from '../../renderer/src/features/points/tallies/rebuild';
import { excellentCandidates, leaderboard, starProposals, unitRanking } from '../../renderer/src/features/points/queries';
import { DEFAULT_RULE } from '../../shared/points/rule';
import { scoreRecord } from '../../shared/points/score';
import { percentile, round, time } from './timing';

const CHUNK = 5_000;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32);
}

function people(count: number): Volunteer[] {
  const villages = villagePaths();
  return Array.from({ length: count }, (_, i) => ({
    id: `v${String(i).padStart(7, '0')}`, orgPath: villages[i % villages.length]!, createdAt: '', updatedAt: '', updatedBy: 'bench',
    volunteerNo: `3304${String(i).padStart(8, '0')}`, name: `志愿者${i}`, namePinyin: '', nameInitials: '', gender: 'male', birthDate: '1970-01-01',
    idNumber: '', mobile: '', politicalStatus: i % 5 ? 'partyMember' : 'masses', skills: [], teamIds: [], servicePoint: villages[i % villages.length]!,
    status: 'active', totalHours: 0,
  }));
}

function records(count: number, volunteers: Volunteer[]): ServiceRecord[] {
  const r = rng(7);
  return Array.from({ length: count }, (_, i) => {
    // Skewed: a few volunteers do much of the work, as in every register.
    const v = volunteers[Math.floor(r() ** 2.5 * volunteers.length)]!;
    const day = Math.floor(r() * 700);
    const date = new Date(Date.UTC(2025, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    return {
      id: `s${String(i).padStart(8, '0')}`, orgPath: v.orgPath, createdAt: '', updatedAt: '', updatedBy: 'bench', volunteerId: v.id,
      source: 'activity', sourceId: 'a', date, place: '', beneficiary: '', content: '', hours: Math.ceil(r() * 8) / 2, personInCharge: '', recorder: '',
      ...(r() < 0.3 ? { satisfaction: 'satisfied' as const } : {}), ...(r() < 0.1 ? { urgent: true } : {}),
    } as ServiceRecord;
  });
}

async function fill(db: Dexie, rows: ServiceRecord[]): Promise<number> {
  return time(async () => {
    for (let i = 0; i < rows.length; i += CHUNK) await db.transaction('rw', db.table('serviceRecords'), () => db.table('serviceRecords').bulkPut(rows.slice(i, i + CHUNK).map((x) => ({ ...x, _hlc: 'b' }))));
  });
}

function plainDb(name: string, withPoints: boolean): Dexie {
  const db = new Dexie(name);
  applyMigrations(db);
  if (withPoints) db.use(pointsUpkeep);
  return db;
}

(window as unknown as { bench: unknown }).bench = async ({ volunteers: v, records: n, runs, sample: sampleSize }: { volunteers: number; records: number; runs: number; sample: number }) => {
  await Promise.all(['bench-points', 'bench-points-raw', 'bench-points-only'].map((name) => Dexie.delete(name)));
  const vols = people(v);
  const recs = records(n, vols);
  const sample = recs.slice(0, Math.min(sampleSize, n));

  const raw = plainDb('bench-points-raw', false);
  const only = plainDb('bench-points-only', true);
  const rawMs = await fill(raw, sample);
  const onlyMs = await fill(only, sample);
  console.log(`write ${sample.length} records: raw bulkPut ${round(rawMs)} ms, with the points upkeep ${round(onlyMs)} ms (×${(onlyMs / rawMs).toFixed(2)})`);
  raw.close();
  only.close();

  const db = new LianxinDb('bench-points');
  await db.open();
  await db.meta.put({ key: 'station', value: { orgPath: 'JX', setUpAt: '', lockAfterMinutes: 5 } });
  for (let i = 0; i < vols.length; i += CHUNK) await db.transaction('rw', db.synced('volunteers'), () => db.synced('volunteers').bulkPut(vols.slice(i, i + CHUNK).map((x) => ({ ...x, _hlc: 'b' }))));
  const appMs = await fill(db, recs);
  console.log(`write ${n} records with every middleware of the app (points + dashboard): ${round(appMs)} ms (${round((1000 * appMs) / n)} µs a record)`);
  const rebuildMs = await time(() => rebuildTallies(db));
  console.log(`re-score everything after a rule change: ${round(rebuildMs)} ms`);

  const timeline = [DEFAULT_RULE];
  const cases: [string, () => Promise<unknown>][] = [
    ['city leaderboard (year, top 50)', () => leaderboard(db, { period: 'Y2026', unit: 'JX', station: 'JX', metric: 'points', limit: 50 })],
    ['county leaderboard (year, top 50)', () => leaderboard(db, { period: 'Y2026', unit: 'JX/HN', station: 'JX', metric: 'points', limit: 50 })],
    ['unit ranking (counties, year)', () => unitRanking(db, 'Y2026', 'JX', 'points')],
    ['star proposals (city)', () => starProposals(db, 'JX', timeline)],
    ['excellent candidates (2026)', () => excellentCandidates(db, 2026, DEFAULT_RULE.excellent)],
  ];
  const baseline = async () => {
    const totals = new Map<string, number>();
    await db.synced('serviceRecords').where('date').between('2026-01-01', '2027-01-01').each((r) => {
      totals.set(r.volunteerId, (totals.get(r.volunteerId) ?? 0) + scoreRecord(r, DEFAULT_RULE).points);
    });
    return [...totals].sort((a, b) => b[1] - a[1]).slice(0, 50);
  };
  const p95: Record<string, number> = {};
  for (const [name, run] of cases) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await time(run));
    p95[name] = round(percentile(times, 95));
    console.log(`${name}: p95 ${p95[name]} ms`);
  }
  const base: number[] = [];
  for (let i = 0; i < Math.max(3, Math.floor(runs / 5)); i++) base.push(await time(baseline));
  const baseP95 = round(percentile(base, 95));
  console.log(`baseline, the city's year leaderboard aggregated from the records: p95 ${baseP95} ms`);
  const value = round(Object.values(p95).reduce((a, b) => a + b, 0));
  db.close();
  return { unit: 'ms', value, baseline: baseP95, ratio: round(value / baseP95), p95, writeRatio: round(onlyMs / rawMs), rebuildMs: round(rebuildMs) };
};
