import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { StationApp } from '../pages/station';
import type { HelpRequest } from '../../shared/domain/entities';
import { matcher, type RequestFilter } from '../../renderer/src/features/requests/list/filter';

// Demo requests are loaded through the e2e build's helpers; the production build has none.
test.use({ stationBuild: 'e2e' });

const clerk = { name: '王芳', pin: '1357' };
const COUNT = 400;
const SEED = 11;
// The demo requests the page's test hook wrote (re-homed to the station): the answers follow from them.
let demo: HelpRequest[] = [];
const expected = (filter: RequestFilter) => demo.filter(matcher(filter, new Date().toISOString())).length;
const countText = (n: number) => `共 ${n} 条`;

async function openList(page: Page, centreUrl: string) {
  const app = new StationApp(page);
  await app.open(centreUrl);
  await app.setUp('大桥镇', clerk);
  await app.goTo('工单');
  await page.waitForFunction(() => window.lianxinDev !== undefined);
  demo = await page.evaluate(([n, s]) => window.lianxinDev!.loadDemoRequests(n!, s), [COUNT, SEED]);
  expect(demo).toHaveLength(COUNT);
  await expect(page.getByTestId('request-count')).toHaveText(countText(COUNT));
  return app;
}

test('the request list filters, searches, scrolls and opens a request', async ({ page, centre }) => {
  // Many steps, each waiting on the real app: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  await openList(page, centre.url);
  const rows = page.getByTestId('request-row');
  const count = page.getByTestId('request-count');
  await expect(rows.first()).toBeVisible();
  await page.screenshot({ path: 'test-results/request-list.png' });

  // Pinyin prefix of the caller's name.
  const search = page.getByLabel('来电人姓名 / 拼音 / 首字母 / 手机号');
  await search.fill('zh');
  await search.press('Enter');
  await expect(count).toHaveText(countText(expected({ search: 'zh' })));
  // Initials, Chinese name and mobile prefixes.
  const someone = demo[7]!;
  for (const text of [someone.callerInitials, someone.callerName.slice(0, 2), someone.callerMobile.slice(0, 5)]) {
    await search.fill(text);
    await search.press('Enter');
    await expect(count).toHaveText(countText(expected({ search: text })));
  }
  await search.fill(someone.callerMobile);
  await search.press('Enter');
  await expect(rows.filter({ hasText: someone.number })).toHaveCount(1);
  await search.fill('');
  await search.press('Enter');
  await expect(count).toHaveText(countText(COUNT));

  // Status, then category, then overdue: each narrows the count to what the data says.
  await page.getByLabel('状态').click();
  await page.getByTitle('已归档').click();
  await page.keyboard.press('Escape');
  await expect(count).toHaveText(countText(expected({ statuses: ['archived'] })));
  await page.getByLabel('服务类别').click();
  await page.getByTitle('生活服务').click();
  await expect(count).toHaveText(countText(expected({ statuses: ['archived'], categoryCode: 'C1' })));
  await page.getByRole('button', { name: '重置' }).click();
  await page.getByText('仅看超期').click();
  await expect(count).toHaveText(countText(expected({ overdue: true })));
  await expect(rows.first().getByTestId('time-status')).toHaveAttribute('data-status', 'overdue');
  await page.getByRole('button', { name: '重置' }).click();

  // Address, anywhere in it.
  const address = page.getByLabel('地址包含…');
  await address.fill('幢');
  await address.press('Enter');
  await expect(count).toHaveText(countText(expected({ address: '幢' })));
  await address.fill('');
  await address.press('Enter');

  // Scrolling fetches the next pages until the last request is there.
  const scroller = page.getByTestId('request-rows');
  const oldest = [...demo].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt) || a.id.localeCompare(b.id))[0]!;
  await expect(async () => {
    await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect(rows.filter({ hasText: oldest.number })).toHaveCount(1, { timeout: 500 });
  }).toPass({ timeout: 20_000 });

  await rows.filter({ hasText: oldest.number }).click();
  await expect(page).toHaveURL(/#\/requests\/[0-9a-f-]{36}$/);
});

test('my desk counts the work of the station and lists it', async ({ page, centre }) => {
  await openList(page, centre.url);
  await page.getByRole('menuitem', { name: '我的工作台' }).click();
  const open = (statuses: string[]) => demo.filter((r) => statuses.includes(r.status)).length;
  await expect(page.getByTestId('desk-awaitingAcceptance')).toContainText(String(open(['dispatched'])));
  await expect(page.getByTestId('desk-inProgress')).toContainText(String(open(['accepted', 'inProgress'])));
  await expect(page.getByTestId('desk-toCallBack')).toContainText(String(open(['completed'])));
  await page.getByTestId('desk-toCallBack').click();
  await expect(page.getByTestId('request-row').first()).toBeVisible();
  await page.screenshot({ path: 'test-results/desk.png' });
});
