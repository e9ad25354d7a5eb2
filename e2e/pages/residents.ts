import { expect, type Page } from '@playwright/test';
import { chooseOnly, chooseOption, openDialog } from './antd';

/** Page model of the residents area (居民与走访), in the words a clerk sees (zh-CN). */
export class ResidentsArea {
  constructor(readonly page: Page) {}

  async open(section?: '走访计划' | '走访覆盖' | '企业走访台账' | '弱势群体信息库') {
    await this.page.locator('.ant-layout-sider').getByRole('menuitem', { name: '居民与走访' }).click();
    if (section) await this.page.getByRole('menuitem', { name: section }).click();
  }

  drawer() {
    return this.page.locator('.ant-drawer');
  }

  dialog() {
    return openDialog(this.page);
  }

  /** Picks a volunteer in a picker by typing the first character of the name. */
  async pickVolunteer(field: ReturnType<Page['locator']>, name: string) {
    await field.click();
    await this.page.keyboard.type(name.slice(0, 1));
    await chooseOption(this.page, name);
    await this.page.keyboard.press('Escape');
  }

  async registerElder(r: { name: string; mobile: string; address: string; idNumber: string; risk: '低' | '中' | '高' }) {
    await this.page.getByRole('button', { name: '登记居民' }).click();
    const d = this.drawer();
    await d.getByLabel('姓名').fill(r.name);
    await d.getByLabel('手机号').fill(r.mobile);
    await d.getByLabel('住址').fill(r.address);
    await d.getByLabel('身份证号').fill(r.idNumber);
    await d.getByText(r.risk, { exact: true }).click();
    if (process.env.SHOTS_DIR) await this.page.screenshot({ path: `${process.env.SHOTS_DIR}/register-form.png` });
    await d.getByRole('button', { name: '保存' }).click();
    await expect(this.page.getByTestId('resident-name')).toHaveText(r.name);
  }

  async pairMember(name: string, frequency: '每周' | '每月' | '每季度') {
    await this.page.getByRole('button', { name: '结对党员' }).click();
    const dialog = this.dialog();
    await this.pickVolunteer(dialog.getByLabel('党员'), name);
    await dialog.getByText(frequency, { exact: true }).click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.page.getByTestId('pairing')).toContainText(name);
  }

  /** Fills the open visit form; a demand becomes a request when it is saved; photos are attached as files. */
  async recordVisit(v: { findings: string; demand?: { item: string; itemName: string; description: string }; photos?: { name: string; mimeType: string; buffer: Buffer }[]; beforeSave?: () => Promise<void> }) {
    const dialog = this.dialog();
    await dialog.getByLabel('走访发现').fill(v.findings);
    if (v.photos) {
      const before = await dialog.getByTestId('photo-draft').count();
      await dialog.getByTestId('photo-input').setInputFiles(v.photos);
      await expect(dialog.getByTestId('photo-draft')).toHaveCount(before + v.photos.length);
    }
    if (v.demand) {
      await dialog.getByRole('button', { name: '添加诉求' }).click();
      const demand = dialog.getByTestId('demand').last();
      await demand.getByLabel('服务项目').click();
      await this.page.keyboard.type(v.demand.item);
      await chooseOnly(this.page, v.demand.itemName);
      await demand.getByLabel('诉求内容').fill(v.demand.description);
    }
    await v.beforeSave?.();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
  }
}
