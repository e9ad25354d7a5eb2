import { expect, type Page } from '@playwright/test';
import { openDialog } from './antd';

/** The centre's admin screens (/admin) in the administrator's words. */
export class AdminScreens {
  constructor(readonly page: Page) {}

  async open(centreUrl: string) {
    await this.page.goto(`${centreUrl}/admin`);
  }

  /** A centre without accounts: the admin token makes the first city administrator, who is then signed in. */
  async firstSetUp(token: string, name: string, password: string) {
    await expect(this.page.getByText('本中心还没有管理员账户')).toBeVisible();
    await this.page.getByLabel('管理令牌').fill(token);
    await this.page.getByLabel('用户名').fill(name);
    await this.page.getByLabel('密码', { exact: true }).fill(password);
    await this.page.getByLabel('再次输入密码').fill(password);
    await this.page.getByRole('button', { name: '创建并登录' }).click();
    await expect(this.page.getByTestId('admin-name')).toContainText(name);
  }

  async signIn(name: string, password: string) {
    await this.page.getByLabel('用户名').fill(name);
    await this.page.getByLabel('密码', { exact: true }).fill(password);
    await this.page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(this.page.getByTestId('admin-name')).toContainText(name);
  }

  async signOut() {
    await this.page.getByRole('button', { name: '退出登录' }).click();
    await expect(this.page.getByRole('button', { name: '登录', exact: true })).toBeVisible();
  }

  async goTo(section: '设备' | '注册码' | '服务目录' | '工作日历' | '管理员账户' | '操作审计') {
    await this.page.getByRole('menuitem', { name: section }).click();
    await expect(this.page.getByRole('heading', { name: section })).toBeVisible();
  }

  /** Makes an enrolment code for a unit and returns it as shown (once). */
  async createEnrolmentCode(orgPath: string, label: string): Promise<string> {
    await this.goTo('注册码');
    await this.page.getByLabel('组织路径').fill(orgPath);
    await this.page.getByLabel('备注').fill(label);
    await this.page.getByRole('button', { name: '生成注册码' }).click();
    const code = this.page.getByTestId('new-code-value');
    await expect(code).toHaveText(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    return (await code.textContent()) ?? '';
  }

  /** The catalogue row of an item, by any text in it. */
  catalogueRow(text: string) {
    return this.page.getByTestId('catalogue-items').locator('tbody tr', { hasText: text });
  }

  async editItem(name: string) {
    await this.page.getByPlaceholder('按编号、名称或关键词筛选').fill(name);
    await this.catalogueRow(name).getByRole('button', { name: '编辑' }).click();
    await expect(this.page.getByLabel('名称', { exact: true })).toHaveValue(name);
  }

  itemName() {
    return this.page.getByLabel('名称', { exact: true });
  }

  async retireItem() {
    await this.page.getByRole('checkbox', { name: '停用' }).check();
  }

  async saveItem() {
    await this.page.getByRole('button', { name: '保存项目' }).click();
    await expect(this.page.getByText(/^已保存项目/)).toBeVisible();
  }

  /** The audit rows, newest first. */
  auditRows() {
    return this.page.getByTestId('audit').locator('tbody tr.ant-table-row');
  }

  async addAccount(name: string, password: string, county: string) {
    await this.page.getByRole('button', { name: '添加管理员' }).click();
    const dialog = openDialog(this.page);
    await dialog.getByLabel('用户名').fill(name);
    await dialog.getByLabel('密码', { exact: true }).fill(password);
    await dialog.getByLabel('再次输入密码').fill(password);
    await dialog.getByLabel('所辖县(市、区)').click();
    await this.page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: county }).click();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(this.page.getByTestId('accounts').locator('tbody tr', { hasText: name })).toBeVisible();
  }
}
