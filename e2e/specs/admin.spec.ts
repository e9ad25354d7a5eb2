/**
 * The centre's administrator at /admin: the first account is made with the admin token, the
 * administrator signs in, makes an enrolment code for a town station, and finds it in the audit.
 */
import { test, expect } from '../fixtures';
import { AdminScreens } from '../pages/admin';

const ADMIN = { name: '市中心管理员', password: 'jiaxing-96345' };

test.describe.configure({ timeout: 120_000 });

test('the first administrator is made with the token, signs in, creates an enrolment code and sees it in the audit', async ({ page, centre }) => {
  const admin = new AdminScreens(page);
  await admin.open(centre.url);
  await admin.firstSetUp(await centre.adminToken(), ADMIN.name, ADMIN.password);
  await admin.signOut();

  // A wrong password is refused with the reason, in Chinese.
  await page.getByLabel('用户名').fill(ADMIN.name);
  await page.getByLabel('密码', { exact: true }).fill('not the password');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('用户名或密码不正确');
  await admin.signIn(ADMIN.name, ADMIN.password);

  const code = await admin.createEnrolmentCode('JX/NH/T10', '大桥镇受理台');
  await expect(page.getByTestId('new-code')).toContainText('JX/NH/T10 大桥镇');
  await expect(page.getByTestId('codes').locator('tbody tr', { hasText: '大桥镇受理台' })).toContainText('可用');
  // The code works: a station enrols with it.
  const { version } = (await (await page.request.get(`${centre.url}/api/health`)).json()) as { version: string };
  const enrol = await page.request.post(`${centre.url}/api/sync/enrol`, { data: { code, label: '大桥镇电脑', appVersion: version } });
  expect(enrol.status(), await enrol.text()).toBe(200);

  await admin.goTo('操作审计');
  const rows = admin.auditRows();
  await expect(rows.first()).toContainText('生成注册码');
  await expect(rows.first()).toContainText(ADMIN.name);
  await expect(rows.first()).toContainText('JX/NH/T10 大桥镇');
  await expect(rows.filter({ hasText: '添加管理员' })).toContainText('管理令牌');
  await expect(rows.filter({ hasText: '登录失败' })).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath('admin-audit.png'), fullPage: true });

  // In English the same screen reads in English.
  await page.getByLabel('语言').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Audit' })).toBeVisible();
  await expect(rows.first()).toContainText('Created enrolment code');
});
