import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures';
import { StationApp } from '../pages/station';
import { RequestsArea } from '../pages/requests';
import { PointsArea } from '../pages/points';
import { openDialog } from '../pages/antd';

const clerk = { name: '张敏', pin: '2468' };
const volunteer = { name: '李建国', idNumber: '11010519491231002X', mobile: '13905731234' };
const call = { mobile: '13857312345', name: '王阿姨', address: '大桥镇江南村 5 组 18 号', item: 'gdsl', description: '厨房下水道堵塞,需要上门疏通' };
const SHOTS = process.env.POINTS_SHOTS;

// A long walk (a request's life cycle, then every points screen) on a shared, loaded machine; the
// centre's start counts against it too.
test.describe.configure({ timeout: 240_000 });

test('hours of a completed request become points and star progress, and print as a service certificate', async ({ page, centre }) => {
  // A daytime working day: the points of the hours depend on the hour (the night multiplier).
  await page.clock.install({ time: new Date('2026-11-26T10:00:00+08:00') });
  await PointsArea.recordPrinting(page);
  const app = new StationApp(page);
  const requests = new RequestsArea(page);
  const points = new PointsArea(page);
  await app.open(centre.url);
  await app.setUp('大桥镇', clerk);
  await app.goTo('志愿者与服务商');
  await app.registerVolunteer(volunteer);

  await requests.openIntake();
  await requests.logCallByKeyboard(call);
  await requests.dispatchToVolunteer(volunteer.name);
  await requests.step('签收', '已签收');

  // More than one house call allows is refused with the reason, and nothing is recorded.
  await requests.action('办结').click();
  await requests.dialog().getByLabel('办理结果').fill('已疏通下水道');
  await requests.dialog().getByLabel('服务时长(小时)').last().fill('13');
  await requests.dialog().getByRole('button', { name: /确\s*定/ }).click();
  await expect(requests.dialog()).toContainText('服务时长 13 小时超过单次上门服务上限 12 小时');
  await requests.dialog().getByRole('button', { name: /取\s*消/ }).click();
  await expect(requests.status()).toHaveText('已签收');

  await requests.complete('已疏通下水道', 1.5);
  await requests.callBack('满意');

  await points.open('志愿者积分');
  await points.pickVolunteer(volunteer.name);
  await expect(points.hours()).toContainText('1.5');
  // 1.5 h × 10 points + 5 for a satisfied resident, under the built-in rule until the city's arrives.
  await expect(points.balance()).toContainText('20');
  await expect(points.starProgress()).toContainText('累计时长尚未达到星级。 距 ★(100 小时)还差 98.5 小时');
  await expect(points.ledger()).toContainText('默认规则');
  await expect(points.ledger()).toContainText('已疏通下水道');
  if (SHOTS) await shot(page, 'volunteer');

  // A redemption can never overdraw at this station.
  await points.redeem('毛巾', 25);
  const redemption = openDialog(page);
  await expect(redemption).toContainText('积分不足');
  await redemption.getByLabel('所用积分').fill('8');
  await redemption.getByRole('button', { name: '确认兑换' }).click();
  await expect(redemption).toBeHidden();
  await expect(points.balance()).toContainText('12');

  await page.getByRole('button', { name: '打印服务证明' }).click();
  const certificate = points.certificate();
  await expect(certificate).toContainText('志愿服务证明');
  await expect(certificate).toContainText('李建国');
  await expect(certificate).toContainText('1101**********002X');
  await expect(certificate).not.toContainText(volunteer.idNumber);
  await expect(certificate).toContainText('累计服务时长 1.5 小时');
  await expect(certificate).toContainText('出具单位:大桥镇');
  await expect(certificate.locator('tbody tr')).toHaveCount(3); // one year, the total, one record
  if (SHOTS) await shot(page, 'certificate');
  await page.getByRole('button', { name: /打印/ }).click();
  await expect.poll(() => points.printed()).toEqual([expect.stringContaining('lx-printing-certificate')]);
  await expect(page.locator('body')).not.toHaveClass(/lx-printing-certificate/);

  // The year's leaderboard of the station has them at the top.
  await points.open('排行榜');
  await expect(page.getByTestId('leaderboard').locator('tr.ant-table-row').first()).toContainText('李建国');
  await expect(page.getByTestId('leaderboard').locator('tr.ant-table-row').first()).toContainText('20');

  if (SHOTS) {
    for (const [section, name] of [['服务记录', 'records'], ['积分兑换', 'redemptions'], ['星级评定', 'stars'], ['排行榜', 'leaderboard'], ['优秀志愿者', 'excellent'], ['积分规则', 'rules']] as const) {
      await points.open(section);
      await page.waitForTimeout(500);
      await shot(page, name);
    }
    await points.open('服务记录');
    await page.getByRole('button', { name: '登记活动' }).click();
    await page.waitForTimeout(500);
    await shot(page, 'activity');
  }
});

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS!, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png` });
}
