import { expect, type Page } from '@playwright/test';
import { chooseOnly, openDialog } from './antd';

/** Page model of the requests area, in the words a clerk sees (zh-CN). */
export class RequestsArea {
  constructor(readonly page: Page) {}

  async openIntake() {
    await this.page.locator('.ant-layout-sider').getByRole('menuitem', { name: '工单' }).click();
    await this.page.getByRole('menuitem', { name: '受理工单' }).click();
    await expect(this.page.getByLabel('联系电话')).toBeFocused();
  }

  /** A hotline call logged with the keyboard alone: Enter moves on, Ctrl+Enter saves. */
  async logCallByKeyboard(call: { mobile: string; name: string; address: string; item: string; description: string }) {
    const { keyboard } = this.page;
    await keyboard.type(call.mobile);
    await keyboard.press('Enter');
    await keyboard.type(call.name);
    await keyboard.press('Enter');
    await keyboard.type(call.address);
    await keyboard.press('Enter');
    await keyboard.type(call.item);
    await expect(this.page.locator('.ant-select-item-option-active')).toBeVisible();
    await keyboard.press('Enter'); // takes the item and moves to urgency
    await expect(this.page.locator('[data-intake-field="urgency"] input:checked')).toBeFocused();
    await keyboard.press('Enter'); // urgency → type
    await keyboard.press('Enter'); // type → source
    await keyboard.press('Enter'); // source → description
    await keyboard.type(call.description);
    await keyboard.press('Control+Enter');
  }

  status() {
    return this.page.getByTestId('request-fields').getByTestId('request-status');
  }

  timeStatus() {
    return this.page.getByTestId('time-status');
  }

  action(name: string) {
    return this.page.getByTestId('actions').getByRole('button', { name });
  }

  dialog() {
    return openDialog(this.page);
  }

  async confirm() {
    await this.dialog().getByRole('button', { name: /确\s*定/ }).click();
    await expect(this.dialog()).toBeHidden();
  }

  async dispatchToVolunteer(name: string) {
    await this.action('派单').click();
    await this.dialog().getByLabel('承办对象').click();
    await this.page.keyboard.type(name.slice(0, 1));
    await chooseOnly(this.page, name);
    await this.confirm();
    await expect(this.status()).toHaveText('待签收');
  }

  async step(action: string, status: string) {
    await this.action(action).click();
    await expect(this.status()).toHaveText(status);
  }

  async complete(result: string, hours: number) {
    await this.action('办结').click();
    await this.dialog().getByLabel('办理结果').fill(result);
    await this.dialog().getByLabel('服务时长(小时)').last().fill(String(hours));
    await this.confirm();
    await expect(this.status()).toHaveText('已办结');
  }

  async callBack(satisfaction: '满意' | '基本满意' | '不满意', note = '') {
    await this.action('回访').click();
    // A fresh dialog: nothing carried over from an earlier action (the redo's first callback).
    await expect(this.dialog().getByLabel('说明')).toHaveValue('');
    await this.dialog().getByText(satisfaction, { exact: true }).click();
    if (note) await this.dialog().getByLabel('说明').fill(note);
    await this.confirm();
  }
}
