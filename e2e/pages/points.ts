import { expect, type Page } from '@playwright/test';
import { chooseOnly, openDialog } from './antd';

/** Page model of the points area (时长与积分), in the words a clerk sees (zh-CN). */
export class PointsArea {
  constructor(readonly page: Page) {}

  /** A section from the area's own horizontal menu, after the left-hand menu. */
  async open(section: '志愿者积分' | '服务记录' | '积分兑换' | '星级评定' | '排行榜' | '优秀志愿者' | '积分规则' = '志愿者积分') {
    await this.page.locator('.ant-layout-sider').getByRole('menuitem', { name: '时长与积分' }).click();
    await this.page.locator('.ant-menu-horizontal').getByRole('menuitem', { name: section }).click();
  }

  async pickVolunteer(name: string) {
    await this.page.getByTestId('points-volunteer-picker').locator('.ant-select').click();
    await this.page.keyboard.type(name.slice(0, 1));
    await chooseOnly(this.page, name);
    await expect(this.page.getByTestId('points-volunteer-name')).toHaveText(name);
  }

  hours() {
    return this.page.getByTestId('points-hours');
  }

  balance() {
    return this.page.getByTestId('points-balance');
  }

  starProgress() {
    return this.page.getByTestId('star-progress');
  }

  ledger() {
    return this.page.getByTestId('points-ledger');
  }

  async redeem(goods: string, points: number) {
    await this.page.getByRole('button', { name: '兑换积分' }).click();
    const dialog = openDialog(this.page);
    await dialog.getByLabel('兑换物品').fill(goods);
    await dialog.getByLabel('所用积分').fill(String(points));
    await dialog.getByRole('button', { name: '确认兑换' }).click();
  }

  /** Replaces the browser's print dialog with a recorder (no dialog can be answered headless). */
  static async recordPrinting(page: Page) {
    await page.addInitScript(() => {
      const w = window as unknown as { __printed: string[] };
      w.__printed = [];
      window.print = () => void w.__printed.push(document.body.className);
    });
  }

  printed(): Promise<string[]> {
    return this.page.evaluate(() => (window as unknown as { __printed: string[] }).__printed);
  }

  certificate() {
    return this.page.getByTestId('certificate');
  }
}
