/**
 * The dashboard's aggregates stay equal to a full scan whichever way requests reach a station:
 * local steps through the data layer (a village), a pull merge with re-derivation from events (its
 * town), and the resync repair after the centre lost acknowledged changes (the village again) —
 * the real sync client against the real centre (SQLite).
 */
import { describe, expect, it } from 'vitest';
import { useNetwork } from './harness/network';
import { foldRecords, TRACKED_TABLES, type AggregateRow, type Deltas } from '../shared/dashboard';
import type { LianxinDb } from '../renderer/src/db/schema';
import { aggregatesConsistent, aggregatesTable } from '../renderer/src/features/dashboard/aggregates/rebuild';
import { recordStep, takeRequest } from './harness/requests';

const VILLAGE = 'JX/NH/T01/V001';
const TOWN = 'JX/NH/T01';

async function storedAndScanned(db: LianxinDb) {
  const byId = (rows: AggregateRow[]) => Object.fromEntries(rows.map((r) => [`${r.unit}|${r.day}`, r.c]));
  const deltas: Deltas = new Map();
  let rows = new Map<string, AggregateRow>();
  for (const t of TRACKED_TABLES) rows = foldRecords(t, await db.table(t).toArray(), deltas);
  return { stored: byId(await aggregatesTable(db).toArray()), scanned: byId([...rows.values()]) };
}

describe('dashboard aggregates through local writes, pulls and the resync repair', () => {
  const { stations, test } = useNetwork('sqlite', 3, { village: { path: VILLAGE }, town: { path: TOWN, role: 'supervisor' } });

  it('equal a scan on every station after each path', async () => {
    const { village, town } = stations;
    const requests = [];
    for (let i = 0; i < 6; i++) requests.push(await takeRequest(village, i, Date.now() - i * 86_400_000));
    await recordStep(village, requests[0]!.id, 'escalate', { toPath: TOWN, reason: '需镇里协调' });
    await recordStep(village, requests[1]!.id, 'dispatch', { assigneeKind: 'team', assigneeId: 't1', assigneeName: '村服务队' });
    await recordStep(village, requests[1]!.id, 'accept', {});
    expect(await storedAndScanned(village.db)).toMatchObject({ stored: (await storedAndScanned(village.db)).scanned });
    expect(await village.runner.syncNow()).toBe('done');

    // The town pulls the village's requests and events and re-derives them, then acts on one.
    expect(await town.runner.syncNow()).toBe('done');
    const t = await storedAndScanned(town.db);
    expect(t.stored).toEqual(t.scanned);
    expect(t.stored[`${TOWN}|${Object.keys(t.stored).find((k) => k.startsWith(`${TOWN}|`))!.split('|')[1]}`]).toBeDefined();
    await recordStep(town, requests[0]!.id, 'dispatch', { assigneeKind: 'team', assigneeId: 't2', assigneeName: '镇服务队' });
    expect(await town.runner.syncNow()).toBe('done');
    expect(await village.runner.syncNow()).toBe('done');
    for (const s of [village, town]) {
      const r = await storedAndScanned(s.db);
      expect(r.stored).toEqual(r.scanned);
      expect(await aggregatesConsistent(s.db)).toBe(true);
    }

    // The centre is restored from a backup that lacks the village's last push: the next push
    // answers 409, and the repair pulls everything from the start before re-sending.
    await takeRequest(village, 7);
    expect(await village.runner.syncNow()).toBe('done');
    const { db } = test.store;
    const lastPushed = await db.selectFrom('devices').select('last_seq_applied').where('org_path', '=', VILLAGE).executeTakeFirstOrThrow();
    await db.updateTable('devices').set({ last_seq_applied: Math.max(0, lastPushed.last_seq_applied - 2) }).where('org_path', '=', VILLAGE).execute();
    await takeRequest(village, 8);
    expect(await village.runner.syncNow()).toBe('done');
    expect(village.status.getState().lastError).toBeUndefined();
    const v = await storedAndScanned(village.db);
    expect(v.stored).toEqual(v.scanned);
    expect(v.stored['*|*']?.rows).toBe(await village.db.synced('requests').count());
    expect(await aggregatesConsistent(village.db)).toBe(true);
  });
});
