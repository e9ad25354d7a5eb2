import { test, expect } from '../fixtures';
import { StationApp } from '../pages/station';
import { RequestsArea } from '../pages/requests';

const clerk = { name: '张敏', pin: '2468' };
const volunteer = { name: '李建国', idNumber: '11010519491231002X', mobile: '13905731234' };
const call = { mobile: '13857312345', name: '王阿姨', address: '大桥镇江南村 5 组 18 号', item: 'gdsl', description: '厨房下水道堵塞,需要上门疏通' };

test('a hotline call logged by keyboard follows the life cycle to archive, through a redo', async ({ page, centre }) => {
  test.slow(); // eleven steps through dialogs
  const app = new StationApp(page);
  const requests = new RequestsArea(page);
  await app.open(centre.url);
  await app.setUp('大桥镇', clerk);
  await app.goTo('志愿者与服务商');
  await app.registerVolunteer(volunteer);
  await expect(app.pending()).toHaveText('1');

  await requests.openIntake();
  await requests.logCallByKeyboard(call);
  await expect(page.getByTestId('request-number')).toHaveText(/^NH10-\d{8}-0001$/);
  await expect(requests.status()).toHaveText('待派单');
  await expect(page.getByTestId('request-fields')).toContainText('管道疏通');

  await requests.dispatchToVolunteer(volunteer.name);
  await requests.step('签收', '已签收');
  await requests.complete('已疏通下水道', 1.5);
  await requests.callBack('不满意', '第二天又堵了');
  await expect(requests.status()).toHaveText('待重办');

  await requests.dispatchToVolunteer(volunteer.name);
  await requests.step('签收', '已签收');
  await requests.complete('更换了一段排水管', 2);
  await requests.callBack('满意');
  await expect(requests.status()).toHaveText('已回访');
  await requests.step('归档', '已归档');
  await expect(requests.action('派单')).toHaveCount(0);
  await expect(page.getByTestId('timeline-event')).toHaveCount(10);
  await expect(page.getByTestId('timeline')).toContainText('李建国 2 小时');

  // The same caller rings again: the number is recognised and the history shown.
  await requests.openIntake();
  await page.keyboard.type(call.mobile);
  await expect(page.getByTestId('caller-panel')).toContainText('该号码有 1 张历史工单');
});

test('invalid fields are named in place and the draft survives a reload', async ({ page, centre }) => {
  const app = new StationApp(page);
  const requests = new RequestsArea(page);
  await app.open(centre.url);
  await app.setUp('大桥镇', clerk);
  await requests.openIntake();
  await page.keyboard.type('1385731');
  await page.keyboard.press('Enter');
  await page.keyboard.type('王阿姨');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByText('手机号应为 11 位,以 13–19 开头')).toBeVisible();
  await expect(page.locator('[data-intake-field="itemCode"]')).toContainText('此项必填');
  await expect(app.pending()).toHaveText('0');

  await page.waitForTimeout(600); // the draft is kept after a short pause in typing
  await page.reload();
  await app.unlock(clerk.pin);
  await expect(page.getByLabel('来电人')).toHaveValue('王阿姨');
  await expect(page.getByLabel('联系电话')).toHaveValue('1385731');
});

test('a request passes its time limit and shows overdue, also to the supervisor', async ({ page, centre }) => {
  // Friday 27 Nov 2026, 10:00 China time: 管道疏通 is due the same working day at 17:30.
  await page.clock.install({ time: new Date('2026-11-27T10:00:00+08:00') });
  const app = new StationApp(page);
  const requests = new RequestsArea(page);
  await app.open(centre.url);
  await app.setUp('大桥镇', clerk);
  await requests.openIntake();
  await requests.logCallByKeyboard(call);
  await expect(requests.timeStatus()).toHaveAttribute('data-status', 'ok');
  await expect(requests.timeStatus()).toContainText(/剩余 7 小时 \d+ 分/);

  await page.clock.fastForward('05:00:00');
  await app.unlock(clerk.pin); // five idle hours lock the desk
  await expect(requests.timeStatus()).toHaveAttribute('data-status', 'dueSoon');

  await page.clock.fastForward('03:00:00');
  await app.unlock(clerk.pin);
  await expect(requests.timeStatus()).toHaveAttribute('data-status', 'overdue');
  await expect(requests.timeStatus()).toContainText('已超期 30 分钟');

  await page.getByRole('menuitem', { name: '督办' }).click();
  await expect(page.getByTestId('overdue-list')).toContainText(call.name);
});

test('a town takes a call for one of its villages and sends it down there', async ({ page, centre }) => {
  const app = new StationApp(page);
  const requests = new RequestsArea(page);
  await app.open(centre.url);
  await app.setUp('大桥镇', clerk);
  await requests.openIntake();
  await page.getByTestId('intake-area').locator('.ant-select').click();
  await page.keyboard.type('建联村');
  await page.locator('.ant-select-tree-node-content-wrapper', { hasText: '建联村' }).click();
  await page.screenshot({ path: test.info().outputPath('intake-area.png') });
  await page.getByLabel('联系电话').focus();
  await requests.logCallByKeyboard(call);
  await expect(requests.status()).toHaveText('待派单');
  await expect(page.getByTestId('request-fields')).toContainText('建联村');

  await requests.action('下派').click();
  await expect(requests.dialog()).toContainText('建联村');
  await requests.dialog().getByLabel('原因').fill('属地处理');
  await requests.confirm();
  await expect(page.getByTestId('timeline')).toContainText('下派至 建联村');
  await expect(requests.status()).toHaveText('待派单');
  // The village is the last unit on the way down: nothing further to send it to.
  await expect(requests.action('下派')).toHaveCount(0);
});
