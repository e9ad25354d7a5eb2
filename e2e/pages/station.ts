import { expect, type Page } from '@playwright/test';

/** Page model of the station app: the steps a clerk takes, in the words on screen (zh-CN). */
export class StationApp {
  constructor(readonly page: Page) {}

  async open(url: string) {
    await this.page.goto(url);
  }

  /** First run: pick the station by typing its name, then create the first operator. */
  async setUp(stationName: string, operator: { name: string; pin: string }) {
    const { page } = this;
    await expect(page.getByText('欢迎使用连心')).toBeVisible();
    await page.getByRole('combobox').click();
    await page.keyboard.type(stationName);
    await page.locator('.ant-select-tree-title', { hasText: stationName }).first().click();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('姓名').fill(operator.name);
    await page.getByLabel('PIN 码', { exact: true }).fill(operator.pin);
    await page.getByLabel('再次输入 PIN 码').fill(operator.pin);
    await page.getByRole('button', { name: '完成设置' }).click();
    await expect(page.getByTestId('operator-name')).toContainText(operator.name);
  }

  async unlock(pin: string) {
    await expect(this.page.getByRole('button', { name: '解锁' })).toBeVisible();
    await this.page.getByLabel('PIN 码').fill(pin);
    await this.page.getByRole('button', { name: '解锁' }).click();
  }

  /** An area from the left-hand menu (areas have sub-menus of their own with similar names). */
  async goTo(area: string) {
    await this.page.locator('.ant-layout-sider').getByRole('menuitem', { name: area }).click();
  }

  async registerVolunteer(v: { name: string; idNumber: string; mobile: string }) {
    const { page } = this;
    await page.getByRole('button', { name: '登记志愿者' }).click();
    const drawer = page.locator('.ant-drawer');
    await drawer.getByLabel('姓名').fill(v.name);
    await drawer.getByLabel('身份证号').fill(v.idNumber);
    await drawer.getByLabel('手机号').fill(v.mobile);
    await drawer.getByRole('button', { name: '保存' }).click();
  }

  pending() {
    return this.page.getByTestId('pending-label').locator('.ant-badge-count');
  }
}
