/**
 * The dashboard in Chromium against a real centre: a county station fills its villages with demo
 * requests, opens the dashboard, drills down county → town → village by clicking a chart and a
 * heat-map tile, exports a chart as PNG and its data as xlsx (both downloads checked), fetches
 * the centre's figures (shown with their age), and prints the monthly report.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { test, expect, type CentreProcess } from '../fixtures';
import { StationApp } from '../pages/station';
import type { HelpRequest } from '../../shared/domain/entities';
import { lastTwelveMonths, periodInstants } from '../../shared/dashboard';
import { isWithin } from '../../shared/org/org-path';

// Demo requests are loaded through the e2e build's helpers; the production build has none.
test.use({ stationBuild: 'e2e' });

const clerk = { name: '陈静', pin: '8642' };
const COUNTY = { name: '南湖区', path: 'JX/NH' };
const SHOTS = '/tmp/shots-dashboard';

/** The unit the dashboard shows, from its address (a hash route: `#/dashboard?unit=…`). */
const unitOf = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get('unit');

async function enrol(app: StationApp, centre: CentreProcess) {
  const { page } = app;
  await app.goTo('同步');
  await page.getByTestId('enrol-code').fill(await centre.enrolmentCode(COUNTY.path));
  await page.getByTestId('enrol-submit').click();
  await expect(page.getByTestId('enrolled-centre')).toHaveText(centre.url);
  await expect(page.getByTestId('sync-last')).not.toHaveText('从未同步', { timeout: 30_000 });
}

test('the dashboard drills down to a village and exports a chart and its data', async ({ page, centre }) => {
  test.setTimeout(300_000);
  mkdirSync(SHOTS, { recursive: true });
  const app = new StationApp(page);
  await app.open(centre.url);
  await app.setUp(COUNTY.name, clerk);
  await app.goTo('数据看板');
  await page.waitForFunction(() => window.lianxinDashboardDev !== undefined);
  const demo: HelpRequest[] = await page.evaluate(() => window.lianxinDashboardDev!.loadDemoRequests(800));
  const { from, to } = periodInstants(lastTwelveMonths(Date.now()));
  const expected = (unit: string) => demo.filter((r) => isWithin(r.orgPath, unit) && r.receivedAt >= from && r.receivedAt < to).length;
  const kpi = page.getByTestId('kpi-requests').locator('.ant-statistic-content');

  // The county: its figure equals the requests of the last twelve months.
  await expect(kpi).toHaveText(String(expected(COUNTY.path)));
  await expect(page.getByTestId('chart-units').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/1-county.png` });
  await page.screenshot({ path: `${SHOTS}/1-county-full.png`, fullPage: true });

  // Click a town's bar → the town.
  await page.getByTestId('chart-units').locator('path[data-unit]').first().click();
  await expect.poll(() => unitOf(page)?.split('/').length).toBe(3);
  const town = unitOf(page)!;
  const crumbs = page.getByTestId('dashboard-breadcrumb').locator('li');
  // County › town, the town in bold (where we are).
  await expect(crumbs).toHaveCount(3);
  await expect(page.getByTestId('dashboard-breadcrumb').locator('b')).toHaveText(/[镇道]$/);
  await expect(kpi).toHaveText(String(expected(town)));
  await page.getByTestId('heat-metric').getByText('满意率').click();
  await page.screenshot({ path: `${SHOTS}/2-town-satisfaction.png`, fullPage: true });
  await page.getByTestId('heat-metric').getByText('工单量').click();

  // Click a village's tile on the heat map → the village.
  await page.getByTestId('chart-heat').locator('g[data-unit]').first().click();
  await expect.poll(() => unitOf(page)?.split('/').length).toBe(4);
  const village = unitOf(page)!;
  await expect(crumbs).toHaveCount(5);
  await expect(page.getByTestId('dashboard-breadcrumb').locator('b')).toHaveText(/[村区]$/);
  await expect(kpi).toHaveText(String(expected(village)));
  await page.screenshot({ path: `${SHOTS}/3-village.png`, fullPage: true });

  // Export the trend chart as a picture and its data as a workbook: both arrive as downloads.
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('png-trend').click()]);
  expect(png.suggestedFilename()).toMatch(/^工单趋势_.*\.png$/);
  const pngBytes = await readFile((await png.path())!);
  expect([...pngBytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(pngBytes.length).toBeGreaterThan(3_000);
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('xlsx-trend').click()]);
  expect(xlsx.suggestedFilename()).toMatch(/^工单趋势_.*\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await xlsx.path())!);
  const sheet = wb.worksheets[0]!;
  expect(sheet.getRow(1).getCell(1).value).toBe('工单趋势');
  expect(sheet.getRow(4).values).toEqual([undefined, '统计期间', '受理', '办结']);
  let received = 0;
  for (let r = 5; r <= sheet.rowCount; r++) received += Number(sheet.getRow(r).getCell(2).value ?? 0);
  expect(received).toBe(expected(village));

  // Up again by the breadcrumb.
  await page.getByTestId('dashboard-breadcrumb').getByText(COUNTY.name).click();
  await expect(kpi).toHaveText(String(expected(COUNTY.path)));

  // City-wide figures from the centre. The demo centre holds a seeded city, so after a full
  // sync this county holds its own requests and the centre's: both sources must then agree.
  await enrol(app, centre);
  await expect(page.getByTestId('pending-label')).toHaveText('待同步 0', { timeout: 60_000 });
  await app.goTo('数据看板');
  const local = Number(await kpi.textContent());
  expect(local).toBeGreaterThanOrEqual(expected(COUNTY.path));
  await page.getByTestId('dashboard-fetch-centre').click();
  await expect(page.getByTestId('dashboard-centre-age')).toContainText('中心数据');
  await expect(page.getByTestId('dashboard-source').locator('.ant-segmented-item-selected')).toHaveText('中心汇总');
  await expect(kpi).toHaveText(String(local));
  await page.screenshot({ path: `${SHOTS}/4-centre.png` });

  // The monthly report prints (the print dialog is recorded instead of opened).
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await page.getByRole('menuitem', { name: '月度报告' }).click();
  await expect(page.getByTestId('monthly-report')).toContainText('志愿服务月度报告');
  await page.screenshot({ path: `${SHOTS}/5-report.png`, fullPage: true });
  await page.getByTestId('report-print').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});
