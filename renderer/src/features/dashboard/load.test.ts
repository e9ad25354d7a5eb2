/**
 * The dashboard's numbers agree with the request list's: on the demo city, for units of every
 * level and several periods, each count the dashboard shows equals the number of rows the
 * request list pages through for the same filter (org unit, period, and the status, category or
 * source clicked).
 */
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCity } from '../../../../shared/demo';
import { lastTwelveMonths, monthPeriod, periodInstants, type Period } from '../../../../shared/dashboard';
import type { RequestStatus } from '../../../../shared/domain/entities';
import { LianxinDb } from '../../db/schema';
import { requestPage, type Cursor } from '../requests/list/queries';
import { NEWEST_FIRST, type RequestFilter } from '../requests/list/filter';
import { loadDashboard } from './load';

const NOW = Date.parse('2026-11-28T04:00:00.000Z');
const COUNT = 6_000;
let db: LianxinDb;
let villages: string[];

beforeAll(async () => {
  db = new LianxinDb(`dashboard-load-${Math.random()}`);
  await db.open();
  const city = demoCity({ seed: 5, requests: COUNT, now: NOW });
  const rows = [...city.requests(0, COUNT)].map((r) => ({ ...r, _hlc: '0' }));
  for (let i = 0; i < rows.length; i += 1_000) await db.synced('requests').bulkPut(rows.slice(i, i + 1_000));
  villages = [...new Set(rows.map((r) => r.orgPath))].slice(0, 3);
}, 60_000);
afterAll(async () => {
  db.close();
  await db.delete();
});

/** What the request list shows for a filter: every row, paged to the end. */
async function listCount(filter: RequestFilter): Promise<number> {
  let n = 0;
  let cursor: Cursor | null = null;
  do {
    const page = await requestPage(db, filter, NEWEST_FIRST, cursor, { limit: 1_000, budget: 1_000_000, now: new Date(NOW) });
    n += page.rows.length;
    cursor = page.cursor;
  } while (cursor);
  return n;
}

const STATUSES: RequestStatus[] = ['intake', 'dispatched', 'inProgress', 'completed', 'callbackDone', 'archived', 'returned', 'escalated'];

async function expectAgreement(unit: string, period: Period) {
  const view = await loadDashboard(db, { unit, period });
  const base = { orgPath: unit, ...periodInstants(period) };
  expect(view.total.n ?? 0).toBe(await listCount(base));
  for (const s of STATUSES) expect([s, view.total[`st:${s}`] ?? 0]).toEqual([s, await listCount({ ...base, statuses: [s] })]);
  expect(view.total['cat:C4'] ?? 0).toBe(await listCount({ ...base, categoryCode: 'C4' }));
  expect(view.total['src:visit'] ?? 0).toBe(await listCount({ ...base, source: 'visit' }));
  for (const child of view.children.slice(0, 4)) expect([child.unit, child.total.n ?? 0]).toEqual([child.unit, await listCount({ ...base, orgPath: child.unit })]);
  return view;
}

describe('dashboard counts equal the request list for the same filter (demo city)', () => {
  it('for the city, a county, a town and a village over the last twelve months', async () => {
    const period = lastTwelveMonths(NOW);
    const city = await expectAgreement('JX', period);
    expect(city.total.n).toBeGreaterThan(2_000);
    const county = villages[0]!.split('/').slice(0, 2).join('/');
    const town = villages[0]!.split('/').slice(0, 3).join('/');
    await expectAgreement(county, period);
    const townView = await expectAgreement(town, period);
    expect(townView.children.length).toBeGreaterThan(0);
    await expectAgreement(villages[0]!, period);
  }, 120_000);

  it('for one calendar month and a period cut across China-time midnights', async () => {
    await expectAgreement('JX', monthPeriod('2026-10'));
    await expectAgreement(villages[1]!.split('/').slice(0, 2).join('/'), { from: '2026-11-03', to: '2026-11-05' });
  }, 120_000);
});
