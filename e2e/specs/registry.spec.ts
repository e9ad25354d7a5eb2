import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { test, expect } from '../fixtures';
import { StationApp } from '../pages/station';
import { openDialog } from '../pages/antd';

const clerk = { name: '张敏', pin: '2468' };
const HEADERS = ['姓名', '身份证号', '手机号', '政治面貌', '专业技能', '所属服务点'];
const good = [
  ['李建国', '11010519491231002X', '13905731234', '中共党员', '护理、急救', '红中村'],
  ['王芳', '440524188001010014', '13905735678', '群众', '法律咨询', 'JX/NH/T10/V002'],
];
const badMobile = ['赵强', '330402198001010014', '1390573', '共青团员', '', '红中村'];

async function roster(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  ws.addRow(HEADERS);
  ws.addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('roster import: template, a bad row reported and nothing written, fixed and imported, found by initials, exported', async ({ page, centre }, info) => {
  const app = new StationApp(page);
  await app.open(centre.url);
  await app.setUp('大桥镇', clerk);
  await app.goTo('志愿者与服务商');

  await page.getByRole('button', { name: '导入花名册' }).click();
  const dialog = openDialog(page);
  const templateDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '下载模板' }).click();
  const template = await templateDownload;
  expect(template.suggestedFilename()).toBe('志愿者花名册模板.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(await template.path())) as never);
  expect(wb.worksheets[0]?.getRow(1).getCell(2).value).toBe('身份证号*');

  const choose = async (name: string, buffer: Buffer) => {
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: '选择文件' }).click();
    await (await chooser).setFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
  };

  // Junk is refused with a reason.
  await choose('照片.xlsx', Buffer.from('not a spreadsheet at all'));
  await expect(dialog.getByTestId('import-file-error')).toHaveText('这不是 Excel 表格文件(.xlsx),请检查所选文件');

  await choose('花名册.xlsx', await roster([good[0]!, badMobile, good[1]!]));
  await expect(dialog.getByText('第一行数据').first()).toBeVisible();
  await page.screenshot({ path: info.outputPath('mapping.png') });
  await dialog.getByRole('button', { name: /下一步/ }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('其中 1 行有问题');
  await expect(dialog.getByRole('cell', { name: '手机号应为 11 位,以 13–19 开头' })).toBeVisible();
  await expect(dialog.getByRole('row').filter({ hasText: '手机号应为' }).getByRole('cell').first()).toHaveText('3');
  await expect(dialog.getByRole('button', { name: /开始导入/ })).toBeDisabled();
  await page.screenshot({ path: info.outputPath('report.png') });
  const reportDownload = page.waitForEvent('download');
  await dialog.getByRole('button', { name: '保存问题清单' }).click();
  expect((await reportDownload).suggestedFilename()).toBe('花名册问题清单.xlsx');
  await dialog.getByRole('button', { name: /关\s*闭/ }).last().click();
  await expect(app.pending()).toHaveText('0');

  await page.getByRole('button', { name: '导入花名册' }).click();
  const fixed = [...badMobile.slice(0, 2), '13905739999', ...badMobile.slice(3)];
  await choose('花名册.xlsx', await roster([good[0]!, fixed, good[1]!]));
  await dialog.getByRole('button', { name: /下一步/ }).click();
  await expect(dialog.getByTestId('import-summary')).toContainText('全部 3 行检查通过');
  await dialog.getByRole('button', { name: /开始导入/ }).click();
  await expect(page.getByText('已导入 3 名志愿者')).toBeVisible();
  await expect(app.pending()).toHaveText('3');

  await page.getByLabel('姓名、拼音、首字母或手机号').fill('ljg');
  await page.getByLabel('姓名、拼音、首字母或手机号').press('Enter');
  await expect(page.getByRole('cell', { name: '李建国' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '王芳' })).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('list.png') });

  const exportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const exported = await exportDownload;
  expect(exported.suggestedFilename()).toMatch(/^志愿者-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await readFile(await exported.path())) as never);
  expect(out.worksheets[0]?.rowCount).toBe(2);
  expect(out.worksheets[0]?.getRow(2).getCell(2).value).toBe('李建国');
});
