/**
 * The catalogue is the city centre's: its administrator renames an item and retires another on
 * /admin, and a station's intake offers the new name and no longer the retired item after it syncs.
 */
import { test, expect } from '../fixtures';
import { StationApp } from '../pages/station';
import { RequestsArea } from '../pages/requests';
import { AdminScreens } from '../pages/admin';

const STATION = { name: '大桥镇', path: 'JX/NH/T10' };
const clerk = { name: '王芳', pin: '1357' };

test.describe.configure({ timeout: 180_000 });

test('an item renamed and one retired at the centre reach the station’s intake on its next sync', async ({ page, context, centre }) => {
  const app = new StationApp(page);
  await app.open(centre.url);
  await app.setUp(STATION.name, clerk);
  await app.goTo('同步');
  await page.getByTestId('enrol-code').fill(await centre.enrolmentCode(STATION.path));
  await page.getByTestId('enrol-submit').click();
  await expect(page.getByTestId('sync-last')).not.toHaveText('从未同步', { timeout: 60_000 });

  // The administrator's screens at the centre: the first account is made with the token.
  const adminPage = await context.newPage();
  const admin = new AdminScreens(adminPage);
  await admin.open(centre.url);
  await admin.firstSetUp(await centre.adminToken(), '市中心管理员', 'jiaxing-96345');
  await admin.goTo('服务目录');
  await admin.editItem('管道疏通');
  await admin.itemName().fill('管道疏通(含化粪池)');
  await admin.saveItem();
  await expect(admin.catalogueRow('管道疏通(含化粪池)')).toBeVisible();
  await admin.editItem('开锁换锁');
  await admin.retireItem();
  await admin.saveItem();
  await expect(admin.catalogueRow('开锁换锁')).toContainText('停用');
  await adminPage.close();

  await page.getByTestId('sync-now').click();
  const requests = new RequestsArea(page);
  await requests.openIntake();
  // The pull lands in the background: search again until the renamed item is offered.
  await expect(async () => {
    await page.getByLabel('服务项目').fill('');
    await page.getByLabel('服务项目').pressSequentially('gdst');
    await expect(page.locator('.ant-select-item-option', { hasText: '管道疏通(含化粪池)' })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await page.getByLabel('服务项目').fill('');
  await page.getByLabel('服务项目').pressSequentially('kshs');
  await expect(page.getByText('没有匹配的服务项目')).toBeVisible();
  await expect(page.locator('.ant-select-item-option', { hasText: '开锁换锁' })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('intake-after-catalogue-edit.png') });
});
