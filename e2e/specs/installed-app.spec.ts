/**
 * The station as it is installed: the production build at its own origin (not the centre's),
 * under the shell's CSP, reaching a centre on another host only through the shell's bridge
 * (e2e/shell/installed-shell.ts). It enrols with an address typed on the 同步 page, keeps
 * working with the network and the centre gone, and syncs when both are back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, type CentreProcess } from '../fixtures';
import { StationApp } from '../pages/station';
import { openInstalledShell, type InstalledShell } from '../shell/installed-shell';

const STATION = { name: '大桥镇', path: 'JX/NH/T10' };
const clerk = { name: '王芳', pin: '1357' };
const volunteers = [
  { name: '周立民', idNumber: '11010519491231002X', mobile: '13905731234' },
  { name: '沈桂英', idNumber: '440524188001010014', mobile: '13905735678' },
];

test.describe.configure({ timeout: 180_000 });

let shell: InstalledShell;
test.beforeEach(async ({ context }) => {
  shell = await openInstalledShell(context);
});
test.afterEach(() => shell.close());

/** The names of the volunteers the centre holds in the unit's scope, read as a new PC would (enrol, then pull to the end). */
async function volunteerNamesAtCentre(centre: CentreProcess, orgPath: string): Promise<Set<string>> {
  const code = await centre.enrolmentCode(orgPath);
  const enrolled = await (await fetch(`${centre.url}/api/sync/enrol`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, label: 'check', appVersion: '0.1.0' }) })).json() as { credential: string };
  const names = new Set<string>();
  let cursor: string | undefined;
  for (;;) {
    const query = new URLSearchParams({ limit: '1000', ...(cursor ? { cursor } : {}) });
    const page = await (await fetch(`${centre.url}/api/sync/pull?${query}`, { headers: { authorization: `Bearer ${enrolled.credential}` } })).json() as { changes: { table: string; fields: { name?: string } }[]; cursor: string; more: boolean };
    for (const c of page.changes) if (c.table === 'volunteers' && c.fields.name) names.add(c.fields.name);
    cursor = page.cursor;
    if (!page.more) return names;
  }
}

test('from its own origin the installed station enrols, works offline and syncs with a centre on another host', async ({ page, context, centre }) => {
  expect(new URL(shell.appUrl).host).not.toBe(new URL(centre.url).host);
  const app = new StationApp(page);
  await app.open(shell.appUrl);
  await app.setUp(STATION.name, clerk);
  await app.goTo('同步');
  // Nothing is configured yet: the address is typed here, not in a file.
  await expect(page.getByTestId('enrol-url')).toHaveValue('');

  // A mistyped address is named at the field; one that resolves nowhere gets a plain message.
  await page.getByTestId('enrol-url').fill('ftp://10.1.2.3');
  await page.getByTestId('enrol-code').fill('ABCDEF-123');
  await page.getByTestId('enrol-submit').click();
  await expect(page.locator('.ant-form-item-explain-error')).toHaveText('地址须以 http:// 或 https:// 开头');
  await page.getByTestId('enrol-url').fill('http://no-such-centre.invalid:8345');
  await page.getByTestId('enrol-submit').click();
  await expect(page.getByTestId('enrol-problem')).toContainText('这个地址找不到市中心');
  // A centre that is down.
  const down = new URL(centre.url);
  down.port = String(Number(down.port) + 1);
  await page.getByTestId('enrol-url').fill(down.origin);
  await page.getByTestId('enrol-submit').click();
  await expect(page.getByTestId('enrol-problem')).toContainText('连接不上市中心');

  await page.getByTestId('enrol-url').fill(centre.url);
  await page.getByTestId('enrol-code').fill(await centre.enrolmentCode(STATION.path));
  await page.getByTestId('enrol-submit').click();
  await expect(page.getByTestId('enrolled-centre')).toHaveText(centre.url);
  await expect(page.getByTestId('sync-last')).not.toHaveText('从未同步', { timeout: 60_000 });
  // The main process keeps the address for the next start.
  expect(JSON.parse(readFileSync(join(shell.userData, 'settings.json'), 'utf8'))).toEqual({ centreUrl: centre.url });
  expect(shell.calls).toContain('centreRequest');
  await page.screenshot({ path: test.info().outputPath('installed-enrolled.png'), fullPage: true });

  await app.goTo('志愿者与服务商');
  await app.registerVolunteer(volunteers[0]!);
  await expect(app.pending()).toHaveText('0', { timeout: 20_000 });

  // The village line drops and the centre goes down: the clerk keeps working.
  await context.setOffline(true);
  await centre.stop();
  await expect(page.getByTestId('online-status')).toHaveText('离线');
  await app.goTo('同步');
  await app.goTo('志愿者与服务商');
  await app.registerVolunteer(volunteers[1]!);
  await expect(app.pending()).toHaveText('1');

  await centre.start();
  await context.setOffline(false);
  await expect(app.pending()).toHaveText('0', { timeout: 30_000 });
  await app.goTo('同步');
  await expect(page.getByTestId('sync-error')).toHaveCount(0);

  // Both volunteers are at the centre, for every other PC in the town's scope.
  const atCentre = await volunteerNamesAtCentre(centre, STATION.path);
  for (const v of volunteers) expect(atCentre).toContain(v.name);

  // A reload (the app restarted) finds the same centre through main's settings.
  await page.reload();
  await app.unlock(clerk.pin);
  await app.goTo('同步');
  await expect(page.getByTestId('enrolled-centre')).toHaveText(centre.url);
  await page.getByTestId('sync-now').click();
  await expect(page.getByTestId('sync-error')).toHaveCount(0);
});
