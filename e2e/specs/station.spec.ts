import { test, expect } from '../fixtures';
import { StationApp } from '../pages/station';
import { openDialog } from '../pages/antd';

const clerk = { name: '张敏', pin: '2468' };
const volunteer = { name: '李建国', idNumber: '11010519491231002X', mobile: '13905731234' };

test('first run in Chinese, a record survives a reload and the lock', async ({ page, centre }) => {
  const app = new StationApp(page);
  await app.open(centre.url);
  await app.setUp('大桥镇', clerk);
  await expect(page.getByTestId('station-name')).toHaveText('大桥镇');

  await app.goTo('志愿者与服务商');
  await app.registerVolunteer(volunteer);
  await expect(page.getByRole('cell', { name: volunteer.name })).toBeVisible();
  // The station admin may see identity numbers in full.
  await expect(page.getByRole('cell', { name: volunteer.idNumber })).toBeVisible();

  await page.reload();
  await app.unlock(clerk.pin);
  await app.goTo('志愿者与服务商');
  await expect(page.getByRole('cell', { name: volunteer.name })).toBeVisible();
  await expect(app.pending()).toHaveText('1');
});

test('bad input is named at the field and nothing is saved', async ({ page, centre }) => {
  const app = new StationApp(page);
  await app.open(centre.url);
  await app.setUp('大桥镇', clerk);
  await app.goTo('志愿者与服务商');
  await app.registerVolunteer({ ...volunteer, idNumber: '110105194912310021', mobile: '12345' });
  await expect(page.getByText('身份证号校验位不正确,请核对')).toBeVisible();
  await expect(page.getByText('手机号应为 11 位,以 13–19 开头')).toBeVisible();
  await expect(app.pending()).toHaveText('0');
});

test('with the network cut and the centre stopped the station keeps working', async ({ page, context, centre }) => {
  const app = new StationApp(page);
  await app.open(centre.url);
  await app.setUp('大桥镇', clerk);
  await context.setOffline(true);
  await centre.stop();
  await expect(page.getByTestId('online-status')).toHaveText('离线');

  await app.goTo('志愿者与服务商');
  await app.registerVolunteer(volunteer);
  await expect(page.getByRole('cell', { name: volunteer.name })).toBeVisible();
  await app.goTo('同步');
  await expect(page.getByTestId('sync-pending')).toHaveText('1');

  await centre.start();
  await context.setOffline(false);
  await expect(page.getByTestId('online-status')).toHaveText('在线');
  await page.reload();
  await app.unlock(clerk.pin);
  await app.goTo('志愿者与服务商');
  await expect(page.getByRole('cell', { name: volunteer.name })).toBeVisible();
});

test('the app locks after inactivity and a wrong PIN does not open it', async ({ page, centre }) => {
  await page.clock.install();
  const app = new StationApp(page);
  await app.open(centre.url);
  await app.setUp('大桥镇', clerk);
  await page.clock.fastForward('06:00');
  await expect(page.getByRole('button', { name: '解锁' })).toBeVisible();
  await page.getByLabel('PIN 码').fill('0000');
  await page.getByRole('button', { name: '解锁' }).click();
  await expect(page.getByText('PIN 码不正确')).toBeVisible();
  await app.unlock(clerk.pin);
  await expect(page.getByTestId('operator-name')).toContainText(clerk.name);
});

test('English switch translates the shell', async ({ page, centre }) => {
  const app = new StationApp(page);
  await app.open(centre.url);
  await app.setUp('大桥镇', clerk);
  await page.getByLabel('语言').click();
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('menuitem', { name: 'Volunteers & providers' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible();
  // Every area's name fits the menu on one line, none cut off with an ellipsis.
  const cut = await page.locator('.ant-layout-sider .ant-menu-title-content')
    .evaluateAll((names) => names.filter((n) => n.scrollWidth > n.clientWidth).map((n) => n.textContent));
  expect(cut).toEqual([]);
});

test('a clerk added by the admin signs in with a PIN and sees identity numbers masked', async ({ page, centre }) => {
  const app = new StationApp(page);
  await app.open(centre.url);
  await app.setUp('大桥镇', clerk);
  await app.goTo('志愿者与服务商');
  await app.registerVolunteer(volunteer);
  await app.goTo('设置');
  const dialog = openDialog(page);
  // A cancelled dialog forgets what was typed: the next admin to open it finds no name or PIN.
  await page.getByRole('button', { name: '添加操作员' }).click();
  await dialog.getByLabel('姓名').fill('赵六');
  await dialog.getByLabel('PIN 码', { exact: true }).fill('9999');
  await dialog.getByRole('button', { name: /取\s*消/ }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: '添加操作员' }).click();
  await expect(dialog.getByLabel('姓名')).toHaveValue('');
  await expect(dialog.getByLabel('PIN 码', { exact: true })).toHaveValue('');
  await dialog.getByLabel('姓名').fill('王芳');
  await dialog.getByLabel('PIN 码', { exact: true }).fill('1357');
  await dialog.getByLabel('再次输入 PIN 码').fill('1357');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(page.getByRole('cell', { name: '王芳' })).toBeVisible();

  await page.getByRole('button', { name: '锁定' }).click();
  await page.getByLabel('操作员').click();
  await page.getByTitle('王芳 · 办事员').click();
  await app.unlock('1357');
  await expect(page.getByTestId('operator-name')).toContainText('王芳');
  await app.goTo('志愿者与服务商');
  await expect(page.getByRole('cell', { name: '1101**********002X' })).toBeVisible();
  await app.goTo('设置');
  await expect(page.getByText('只有站点管理员可以添加操作员。')).toBeVisible();
});
