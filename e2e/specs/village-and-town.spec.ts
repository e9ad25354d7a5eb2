/**
 * A village and its town, each an installed app at its own origin (the production build, the
 * shell's CSP and bridge), against one real centre: both register while offline and converge
 * when back; the village escalates a call, the town dispatches it to one of its teams from the
 * dispatch suggestions and completes it, and the village sees the outcome and calls back.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { test, expect, type CentreProcess } from '../fixtures';
import { StationApp } from '../pages/station';
import { RequestsArea } from '../pages/requests';
import { openInstalledShell, type InstalledShell } from '../shell/installed-shell';

const TOWN = { name: '大桥镇', path: 'JX/NH/T10' };
/** A village of 大桥镇 in the bundled tree (the first 建联村 the first-run picker lists). */
const village = { name: '建联村', path: 'JX/NH/T10/V003' };
const call = { mobile: '13857312345', name: '钱阿姨', address: '建联村 3 组 12 号', item: 'gdsl', description: '厨房下水道堵塞,村里没有工具' };

test.describe.configure({ timeout: 300_000 });

interface Station { app: StationApp; page: Page; context: BrowserContext; shell: InstalledShell }
const opened: Station[] = [];
test.afterEach(async () => {
  for (const s of opened.splice(0)) {
    await s.context.close();
    await s.shell.close();
  }
});

/** A station PC: its own browser profile, its own installed app, set up and enrolled. */
async function station(browser: Browser, centre: CentreProcess, unit: { name: string; path: string }, clerk: { name: string; pin: string }): Promise<Station> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1366, height: 768 } });
  const shell = await openInstalledShell(context);
  const page = await context.newPage();
  const app = new StationApp(page);
  opened.push({ app, page, context, shell });
  await app.open(shell.appUrl);
  await app.setUp(unit.name, clerk);
  await app.goTo('同步');
  await page.getByTestId('enrol-url').fill(centre.url);
  await page.getByTestId('enrol-code').fill(await centre.enrolmentCode(unit.path));
  await page.getByTestId('enrol-submit').click();
  await expect(page.getByTestId('enrolled-centre')).toHaveText(centre.url);
  await expect(page.getByTestId('sync-last')).not.toHaveText('从未同步', { timeout: 90_000 });
  return { app, page, context, shell };
}

async function syncNow(s: Station) {
  await s.app.goTo('同步');
  const before = await s.page.getByTestId('sync-last').textContent();
  await s.page.getByTestId('sync-now').click();
  // Done when the last success moved on (or, within the same second, the runner is idle again).
  await expect(async () => {
    expect(await s.page.getByTestId('sync-state').textContent()).not.toBe('同步中');
    if ((await s.page.getByTestId('sync-last').textContent()) === before) await s.page.waitForTimeout(1_100);
    expect(await s.page.getByTestId('sync-state').textContent()).not.toBe('同步中');
  }).toPass({ timeout: 60_000 });
  await expect(s.page.getByTestId('sync-error')).toHaveCount(0);
  await expect(s.app.pending()).toHaveText('0');
}

async function findVolunteer(s: Station, name: string) {
  await s.app.goTo('志愿者与服务商');
  await s.page.getByPlaceholder('姓名、拼音、首字母或手机号').fill(name);
  return s.page.getByRole('cell', { name, exact: true });
}

test('a village and its town work offline, converge, and serve one escalated call together', async ({ browser, centre }) => {
  const v = await station(browser, centre, { name: village.name, path: village.path }, { name: '李村', pin: '1111' });
  const t = await station(browser, centre, TOWN, { name: '赵镇', pin: '2222' });
  expect(new URL(v.shell.appUrl).origin).not.toBe(new URL(t.shell.appUrl).origin);

  // Both lose the network and keep registering.
  await v.context.setOffline(true);
  await t.context.setOffline(true);
  await v.app.goTo('志愿者与服务商');
  await v.app.registerVolunteer({ name: '钱村民', idNumber: '11010519491231002X', mobile: '13905731234' });
  await t.app.goTo('志愿者与服务商');
  await t.app.registerVolunteer({ name: '孙镇干', idNumber: '440524188001010014', mobile: '13905735678' });
  await expect(v.app.pending()).toHaveText('1');
  await expect(t.app.pending()).toHaveText('1');
  await v.context.setOffline(false);
  await t.context.setOffline(false);
  await syncNow(v);
  await syncNow(t);
  // The town holds its villages' people as well as its own.
  await expect(await findVolunteer(t, '钱村民')).toBeVisible();
  await expect(await findVolunteer(t, '孙镇干')).toBeVisible();

  // The village takes the call and escalates it: no one there can clear the drain.
  const vRequests = new RequestsArea(v.page);
  await vRequests.openIntake();
  await vRequests.logCallByKeyboard(call);
  await expect(vRequests.status()).toHaveText('待派单');
  await vRequests.action('上报').click();
  await expect(vRequests.dialog()).toContainText(TOWN.name);
  await vRequests.dialog().getByLabel('原因').fill('村里没有疏通工具');
  await vRequests.confirm();
  await expect(vRequests.status()).toHaveText('已上报');
  const requestId = /#\/requests\/([0-9a-f-]{36})$/.exec(v.page.url())?.[1];
  expect(requestId).toBeTruthy();
  await syncNow(v);

  // The town receives it and dispatches to one of its teams from the suggestions.
  await syncNow(t);
  const tRequests = new RequestsArea(t.page);
  await t.page.goto(`${t.shell.appUrl}/#/requests/${requestId}`);
  await expect(tRequests.status()).toHaveText('已上报');
  const suggestions = t.page.getByTestId('dispatch-suggestions');
  const team = suggestions.locator('tr', { has: t.page.locator('.ant-tag', { hasText: '服务队' }) }).first();
  await expect(team).toBeVisible();
  const teamName = (await team.locator('td').nth(1).locator('.ant-typography').textContent())!.trim();
  await t.page.screenshot({ path: test.info().outputPath('town-suggestions.png'), fullPage: true });
  await team.getByRole('button', { name: /派\s*单/ }).click();
  await expect(tRequests.status()).toHaveText('待签收');
  await expect(t.page.getByTestId('timeline')).toContainText(teamName);
  await tRequests.step('签收', '已签收');
  await tRequests.complete('已上门疏通', 1);
  await syncNow(t);

  // The village sees who served and how, and calls the resident back.
  await syncNow(v);
  await v.page.goto(`${v.shell.appUrl}/#/requests/${requestId}`);
  await expect(vRequests.status()).toHaveText('已办结');
  await expect(v.page.getByTestId('timeline')).toContainText(teamName);
  await vRequests.callBack('满意', '很快就通了');
  await expect(vRequests.status()).toHaveText('已回访');
  await syncNow(v);
  await syncNow(t);
  await t.page.goto(`${t.shell.appUrl}/#/requests/${requestId}`);
  await expect(tRequests.status()).toHaveText('已回访');
});
