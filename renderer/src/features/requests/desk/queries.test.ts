import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HelpRequest } from '../../../../../shared/domain/entities';
import { OPEN_STATUSES } from '../../../../../shared/requests/lifecycle';
import { isWithin } from '../../../../../shared/org/org-path';
import { demoCity } from '../../../../../shared/demo';
import { LianxinDb } from '../../../db/schema';
import { impliedHolder } from '../../../db/migrations';
import type { Cursor } from '../list/keyset';
import { DESK_LISTS, deskCounts, deskPage, type DeskList } from './queries';

const city = demoCity({ requests: 4_000, seed: 3 });
const now = new Date(city.now);
const nowIso = now.toISOString();
const all: HelpRequest[] = [...city.requests()].map((r) => ({ ...r, holderPath: impliedHolder(r) }));
// Make one village busy, and give a town some escalated work, so every list has rows.
const village = all[0]!.orgPath;
const town = village.split('/').slice(0, 3).join('/');
for (let i = 0; i < all.length; i += 4) all[i] = { ...all[i]!, orgPath: village, holderPath: all[i]!.status === 'escalated' ? town : village };
const RECENT = ['intake', 'dispatched', 'accepted', 'inProgress', 'completed', 'returned'] as const;
for (let k = 0; k < 60; k++) {
  const i = all.length - 1 - k;
  all[i] = { ...all[i]!, orgPath: village, holderPath: village, status: RECENT[k % RECENT.length]! };
}

let db: LianxinDb;
beforeAll(async () => {
  db = new LianxinDb(`desk-${Math.random()}`);
  await db.open();
  await db.synced('requests').bulkPut(all.map((r) => ({ ...r, _hlc: '0' })));
});
afterAll(async () => {
  db.close();
  await db.delete();
});

const HELD: Record<string, string[]> = {
  toDispatch: ['intake', 'escalated', 'returned', 'redo'],
  awaitingAcceptance: ['dispatched'],
  inProgress: ['accepted', 'inProgress'],
  overdue: [...OPEN_STATUSES],
};
function bruteForce(station: string, list: DeskList): string[] {
  const rows = list === 'toCallBack'
    ? all.filter((r) => r.status === 'completed' && isWithin(r.orgPath, station))
    : all.filter((r) => r.holderPath === station && HELD[list]!.includes(r.status) && (list !== 'overdue' || r.dueAt! < nowIso));
  return rows.sort((a, b) => (a.dueAt! < b.dueAt! ? -1 : a.dueAt! > b.dueAt! ? 1 : a.id < b.id ? -1 : 1)).map((r) => r.id);
}

describe('my desk', () => {
  // The county's and the city's callbacks are summed from the dashboard aggregates (kept by the
  // database's middleware as the requests were stored); the others are index counts.
  for (const station of [village, town, town.split('/').slice(0, 2).join('/'), 'JX']) {
    it(`counts and lists of ${station} equal a brute-force filter`, async () => {
      const counts = await deskCounts(db, station, now);
      for (const list of DESK_LISTS) {
        const expected = bruteForce(station, list);
        expect(counts[list], list).toBe(expected.length);
        const ids: string[] = [];
        let cursor: Cursor | null = null;
        do {
          const page = await deskPage(db, station, list, now, cursor, 9);
          ids.push(...page.rows.map((r) => r.id));
          cursor = page.cursor;
        } while (cursor);
        expect(ids, list).toEqual(expected);
      }
    });
  }

  it('the city’s callback count follows a request completed and then called back', async () => {
    const before = (await deskCounts(db, 'JX', now)).toCallBack;
    const open = all.find((r) => r.status === 'inProgress')!;
    await db.synced('requests').update(open.id, { status: 'completed' });
    expect((await deskCounts(db, 'JX', now)).toCallBack).toBe(before + 1);
    await db.synced('requests').update(open.id, { status: 'callbackDone' });
    expect((await deskCounts(db, 'JX', now)).toCallBack).toBe(before);
    await db.synced('requests').update(open.id, { status: open.status });
  });

  it('the busy village has work in every list', async () => {
    const counts = await deskCounts(db, village, now);
    for (const list of DESK_LISTS) expect(counts[list], list).toBeGreaterThan(0);
  });
});
