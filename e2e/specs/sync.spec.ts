/**
 * The station's sync client in Chromium against a real centre process: enrolment with a code
 * made by the centre's CLI, pushing a new volunteer, going offline and back, and a record the
 * centre refuses (this PC's clock is hours ahead) shown on the sync page with its reason.
 */
import { test, expect, type CentreProcess } from '../fixtures';
import { StationApp } from '../pages/station';

const STATION = { name: '大桥镇', path: 'JX/NH/T10' };
const clerk = { name: '王芳', pin: '1357' };
const volunteers = [
  { name: '李建国', idNumber: '11010519491231002X', mobile: '13905731234' },
  { name: '陈秀英', idNumber: '440524188001010014', mobile: '13905735678' },
];

/** The registry now holds the demo city's volunteers pulled from the centre: find one by name. */
async function findVolunteer(app: StationApp, name: string) {
  await app.page.getByPlaceholder('姓名、拼音、首字母或手机号').fill(name);
  return app.page.getByRole('cell', { name, exact: true });
}

// A fresh centre seeds its demo city and the station's first sync pulls its share: allow for a busy machine.
test.describe.configure({ timeout: 180_000 });

async function enrol(app: StationApp, centre: CentreProcess) {
  const { page } = app;
  await app.goTo('同步');
  await expect(page.getByTestId('sync-state')).toHaveText('未接入');
  await expect(page.getByTestId('enrol-url')).toHaveValue(centre.url);
  await page.getByTestId('enrol-code').fill(await centre.enrolmentCode(STATION.path));
  await page.getByTestId('enrol-submit').click();
  await expect(page.getByTestId('enrolled-centre')).toHaveText(centre.url);
  // The station's first PC: its request numbers keep the plain form (shared/requests/number.ts).
  await expect(page.getByTestId('enrolled-seat')).toHaveText(/^第 1 台,工单编号形如 [A-Z0-9]+-\d{8}-0001$/);
  await expect(page.getByTestId('sync-last')).not.toHaveText('从未同步', { timeout: 30_000 });
}

test('enrols, pushes a new volunteer, and catches up after the network comes back', async ({ page, context, centre }) => {
  const app = new StationApp(page);
  await app.open(centre.url);
  await app.setUp(STATION.name, clerk);
  await enrol(app, centre);
  await page.screenshot({ path: test.info().outputPath('sync-page-enrolled.png'), fullPage: true });

  await app.goTo('志愿者与服务商');
  await app.registerVolunteer(volunteers[0]!);
  await expect(await findVolunteer(app, volunteers[0]!.name)).toBeVisible();
  // Pushed by itself shortly after the change (debounced), acknowledged by the centre.
  await expect(app.pending()).toHaveText('0', { timeout: 15_000 });

  await context.setOffline(true);
  await expect(page.getByTestId('online-status')).toHaveText('离线');
  // Leave the registry and come back: its registration drawer is then a fresh one.
  await app.goTo('同步');
  await app.goTo('志愿者与服务商');
  await app.registerVolunteer(volunteers[1]!);
  await expect(await findVolunteer(app, volunteers[1]!.name)).toBeVisible();
  await expect(app.pending()).toHaveText('1');
  await page.waitForTimeout(2_500);
  await expect(app.pending()).toHaveText('1');

  await context.setOffline(false);
  await expect(page.getByTestId('online-status')).toHaveText('在线');
  await expect(app.pending()).toHaveText('0', { timeout: 15_000 });
  await app.goTo('同步');
  await expect(page.getByTestId('sync-error')).toHaveCount(0);
  await expect(page.getByTestId('rejections')).toContainText('没有被拒收的记录');
  await page.screenshot({ path: test.info().outputPath('sync-page-synced.png'), fullPage: true });
});

test("the centre's refusal of a record is shown with its reason and can be removed locally", async ({ page, centre }) => {
  const app = new StationApp(page);
  await app.open(centre.url);
  await app.setUp(STATION.name, clerk);
  await enrol(app, centre);
  // Then this PC's clock is set two hours ahead: the centre refuses what it stamps.
  await page.clock.install({ time: Date.now() + 2 * 3_600_000 });
  await page.reload();
  await app.unlock(clerk.pin);
  await app.goTo('志愿者与服务商');
  await app.registerVolunteer(volunteers[0]!);
  await app.goTo('同步');
  await page.getByTestId('sync-now').click();
  const refused = page.getByTestId('rejections');
  await expect(refused).toContainText('本机时钟超前', { timeout: 15_000 });
  await expect(refused).toContainText(volunteers[0]!.name);
  await expect(page.getByTestId('sync-clock-badge')).toHaveText('时钟异常');
  await expect(page.getByTestId('sync-clock-warning')).toContainText('请校准这台电脑的日期和时间');
  await expect(page.getByTestId('sync-pending')).toHaveText('0');
  await page.screenshot({ path: test.info().outputPath('sync-page-refused.png'), fullPage: true });

  // Its page opens the very record for fixing.
  await refused.getByRole('button', { name: '查看' }).click();
  await page.getByRole('button', { name: '到所在页面修改' }).click();
  const editor = page.locator('.ant-drawer', { hasText: '编辑志愿者' });
  await expect(editor.getByLabel('姓名')).toHaveValue(volunteers[0]!.name);
  await editor.getByRole('button', { name: /取\s*消/ }).click();
  await expect(editor).toBeHidden();
  await app.goTo('同步');

  await refused.getByRole('button', { name: '删除本机记录' }).click();
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(refused).toContainText('没有被拒收的记录');
  await app.goTo('志愿者与服务商');
  await expect(await findVolunteer(app, volunteers[0]!.name)).toHaveCount(0);
});
