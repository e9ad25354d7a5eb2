import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS, BRIDGE_LIMITS, type BridgeMethod } from '../shared/bridge';
import { MAX_BODY_BYTES } from '../shared/sync/protocol';
import { CentreLink } from './centre-link';
import { registerBridgeHandlers } from './ipc';
import { BrowserWindow, dialog, ipcMain, resetElectronStandIn, type StandInSender } from './test/electron-stand-in';
import { useTempDirs } from './test/temp-dir';

vi.mock('electron', () => import('./test/electron-stand-in'));

const tempDir = useTempDirs();
const rendererDir = '/opt/Lianxin/resources/app.asar/dist/renderer';
const ownPage = `file://${rendererDir}/index.html#/reports`;

let folder: string;
let window: BrowserWindow;
let sender: StandInSender;

beforeEach(() => {
  folder = tempDir();
  resetElectronStandIn(folder);
  registerBridgeHandlers({ kind: 'file', dir: rendererDir }, new CentreLink({ fetch: (url, init) => fetch(url, init), address: 'http://127.0.0.1:9', keepAddress: async () => undefined }));
  window = new BrowserWindow({});
  sender = { contents: window.webContents, frame: { url: ownPage, parent: null } };
});

const call = (method: BridgeMethod, ...args: unknown[]) => ipcMain.invoke(BRIDGE_CHANNELS[method], sender, ...args);
const filesIn = (dir: string) => fs.readdirSync(dir);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('every channel checks who is asking', () => {
  const untrusted: [string, StandInSender['frame']][] = [
    ['a foreign page', { url: 'https://attacker.example/', parent: null }],
    ['a frame inside the app page', { url: ownPage, parent: {} }],
    ['a file outside the renderer', { url: 'file:///home/operator/Downloads/evil.html', parent: null }],
    ['a frame that is gone', null],
  ];
  const goodArgs: Record<BridgeMethod, unknown[]> = {
    appVersion: [],
    saveFile: [{ suggestedName: 'a.txt', data: bytes('x') }],
    openFile: [{}],
    printToPdf: [{ suggestedName: 'a.pdf' }],
    centreAddress: [],
    setCentreAddress: ['http://10.0.0.5:8345'],
    centreRequest: [{ method: 'GET', path: '/api/health' }],
  };
  for (const method of Object.keys(BRIDGE_CHANNELS) as BridgeMethod[]) {
    it.each(untrusted)(`${method} refuses %s`, async (_label, frame) => {
      sender = { contents: window.webContents, frame };
      await expect(call(method, ...goodArgs[method])).rejects.toThrow(`Lianxin bridge refused ${method}: the request did not come from the app's own page`);
      expect(dialog.calls).toHaveLength(0);
    });
  }
});

describe('appVersion', () => {
  it('answers the installed version', async () => {
    await expect(call('appVersion')).resolves.toBe('0.1.0');
  });
  it('refuses arguments', async () => {
    await expect(call('appVersion', 'extra')).rejects.toThrow(/refused appVersion: wrong number of arguments/);
  });
});

describe('saveFile', () => {
  it('writes the bytes where the operator chose, and they read back the same', async () => {
    const target = path.join(folder, '2025年3月 工单统计.xlsx');
    dialog.saveAnswers.push({ canceled: false, filePath: target });
    const data = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 255, 7]);
    const filters = [{ name: 'Excel', extensions: ['xlsx'] }];

    await expect(call('saveFile', { suggestedName: '2025年3月 工单统计.xlsx', data, filters })).resolves.toEqual({ saved: true, path: target });
    expect(new Uint8Array(fs.readFileSync(target))).toEqual(data);
    expect(filesIn(folder)).toEqual(['2025年3月 工单统计.xlsx']);
    expect(dialog.calls[0]).toMatchObject({ kind: 'save', window, options: { defaultPath: target, filters } });
  });

  it('overwrites an existing file the operator chose', async () => {
    const target = path.join(folder, 'volunteers.csv');
    fs.writeFileSync(target, 'old');
    dialog.saveAnswers.push({ canceled: false, filePath: target });
    await call('saveFile', { suggestedName: 'volunteers.csv', data: bytes('new') });
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
  });

  it('writes nothing when the operator cancels', async () => {
    dialog.saveAnswers.push({ canceled: true, filePath: '' });
    await expect(call('saveFile', { suggestedName: 'a.csv', data: bytes('x') })).resolves.toEqual({ saved: false });
    expect(filesIn(folder)).toEqual([]);
  });

  it('rejects a failed write and leaves no partial file behind', async () => {
    dialog.saveAnswers.push({ canceled: false, filePath: path.join(folder, 'missing-folder', 'a.csv') });
    await expect(call('saveFile', { suggestedName: 'a.csv', data: bytes('x') })).rejects.toThrow(/ENOENT/);
    expect(filesIn(folder)).toEqual([]);
  });

  const ok = { suggestedName: 'report.csv', data: bytes('a,b') };
  it.each<[string, unknown[], RegExp]>([
    ['no argument', [], /wrong number of arguments/],
    ['two arguments', [ok, ok], /wrong number of arguments/],
    ['null', [null], /expected object/i],
    ['a string', ['report.csv'], /expected object/i],
    ['no data', [{ suggestedName: 'a.csv' }], /data: must be a Uint8Array/],
    ['data as a number array', [{ suggestedName: 'a.csv', data: [1, 2, 3] }], /data: must be a Uint8Array/],
    ['data as text', [{ suggestedName: 'a.csv', data: 'a,b' }], /data: must be a Uint8Array/],
    ['a name going up', [{ ...ok, suggestedName: '../../.bashrc' }], /suggestedName: must not contain path separators/],
    ['a name with a folder', [{ ...ok, suggestedName: 'exports/a.csv' }], /suggestedName: must not contain path separators/],
    ['a Windows path', [{ ...ok, suggestedName: 'C:\\Windows\\a.csv' }], /suggestedName: must not contain path separators/],
    ['the name ..', [{ ...ok, suggestedName: '..' }], /suggestedName: must not be \. or \.\./],
    ['an empty name', [{ ...ok, suggestedName: '' }], /suggestedName: must not be empty/],
    ['a huge name', [{ ...ok, suggestedName: `${'工'.repeat(BRIDGE_LIMITS.maxNameLength)}.csv` }], /suggestedName: must be at most 200 characters/],
    ['a NUL in the name', [{ ...ok, suggestedName: 'a\u0000.csv' }], /suggestedName: must not contain control characters/],
    ['a colon in the name', [{ ...ok, suggestedName: 'a:b.csv' }], /suggestedName: must not contain any of/],
    ['a device name', [{ ...ok, suggestedName: 'CON.csv' }], /suggestedName: is a reserved device name/],
    ['a trailing dot', [{ ...ok, suggestedName: 'report.' }], /suggestedName: must not end with a dot/],
    ['a name that is a number', [{ ...ok, suggestedName: 42 }], /suggestedName: must be a string/],
    ['an unknown field', [{ ...ok, overwrite: true }], /Unrecognized key/i],
    ['filters not a list', [{ ...ok, filters: { name: 'CSV' } }], /filters: /],
    ['an extension with a dot', [{ ...ok, filters: [{ name: 'CSV', extensions: ['.csv'] }] }], /filters\.0\.extensions\.0: must be an extension/],
    ['a filter without extensions', [{ ...ok, filters: [{ name: 'CSV', extensions: [] }] }], /filters\.0\.extensions/],
    ['too many filters', [{ ...ok, filters: Array.from({ length: 21 }, () => ({ name: 'CSV', extensions: ['csv'] })) }], /filters: /],
  ])('refuses %s and touches nothing', async (_label, args, reason) => {
    dialog.saveAnswers.push({ canceled: false, filePath: path.join(folder, 'never.csv') });
    const attempt = call('saveFile', ...args);
    await expect(attempt).rejects.toThrow(/^Lianxin bridge refused saveFile: /);
    await expect(attempt).rejects.toThrow(reason);
    expect(dialog.calls).toHaveLength(0);
    expect(filesIn(folder)).toEqual([]);
  });

  it('refuses data over the size limit before asking anything', async () => {
    const data = new Uint8Array(BRIDGE_LIMITS.maxFileBytes + 1);
    await expect(call('saveFile', { suggestedName: 'huge.bin', data })).rejects.toThrow('data: must be at most 200 MB');
    expect(dialog.calls).toHaveLength(0);
  });
});

describe('openFile', () => {
  it('reads the chosen file whole', async () => {
    const source = path.join(folder, '志愿者名单.xlsx');
    fs.writeFileSync(source, Buffer.from([1, 2, 3, 250]));
    dialog.openAnswers.push({ canceled: false, filePaths: [source] });
    const filters = [{ name: 'Excel', extensions: ['xlsx', 'xls'] }];

    const opened = (await call('openFile', { filters })) as { name: string; data: Uint8Array };
    expect(opened.name).toBe('志愿者名单.xlsx');
    expect(opened.data).toBeInstanceOf(Uint8Array);
    expect([...opened.data]).toEqual([1, 2, 3, 250]);
    expect(dialog.calls[0]).toMatchObject({ kind: 'open', window, options: { properties: ['openFile'], filters } });
  });

  it('answers null when the operator cancels', async () => {
    dialog.openAnswers.push({ canceled: true, filePaths: [] });
    await expect(call('openFile', {})).resolves.toBeNull();
  });

  it('refuses a file larger than the caller allows', async () => {
    const source = path.join(folder, 'big.csv');
    fs.writeFileSync(source, 'x'.repeat(11));
    dialog.openAnswers.push({ canceled: false, filePaths: [source] });
    await expect(call('openFile', { maxBytes: 10 })).rejects.toThrow('big.csv is 11 bytes; at most 10 bytes can be opened');
  });

  it('refuses a folder', async () => {
    dialog.openAnswers.push({ canceled: false, filePaths: [folder] });
    await expect(call('openFile', {})).rejects.toThrow('is not a regular file');
  });

  it.each<[string, unknown[]]>([
    ['no argument', []],
    ['a negative limit', [{ maxBytes: -1 }]],
    ['a fractional limit', [{ maxBytes: 1.5 }]],
    ['a limit above 200 MB', [{ maxBytes: BRIDGE_LIMITS.maxFileBytes + 1 }]],
    ['a limit as text', [{ maxBytes: '10' }]],
    ['an unknown field', [{ path: '/etc/passwd' }]],
    ['bad filters', [{ filters: [{ name: '', extensions: ['csv'] }] }]],
  ])('refuses %s without opening a dialog', async (_label, args) => {
    await expect(call('openFile', ...args)).rejects.toThrow(/^Lianxin bridge refused openFile: /);
    expect(dialog.calls).toHaveLength(0);
  });
});

describe('printToPdf', () => {
  it('prints the asking window to A4 and saves it as .pdf', async () => {
    const target = path.join(folder, '工单 JX-0001.pdf');
    dialog.saveAnswers.push({ canceled: false, filePath: target });

    await expect(call('printToPdf', { suggestedName: '工单 JX-0001', landscape: true })).resolves.toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target, 'latin1').startsWith('%PDF-')).toBe(true);
    expect(window.webContents.printCalls).toEqual([{ landscape: true, pageSize: 'A4', printBackground: true }]);
    expect(dialog.calls[0]?.options).toMatchObject({ defaultPath: target, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
  });

  it('does not render when the operator cancels', async () => {
    dialog.saveAnswers.push({ canceled: true, filePath: '' });
    await expect(call('printToPdf', { suggestedName: 'report.pdf' })).resolves.toEqual({ saved: false });
    expect(window.webContents.printCalls).toEqual([]);
  });

  it.each<[string, unknown[]]>([
    ['a name going up', [{ suggestedName: '../report' }]],
    ['landscape as text', [{ suggestedName: 'report', landscape: 'yes' }]],
    ['no name', [{ landscape: true }]],
    ['page options the bridge does not offer', [{ suggestedName: 'report', pageRanges: '1-999' }]],
  ])('refuses %s without printing', async (_label, args) => {
    await expect(call('printToPdf', ...args)).rejects.toThrow(/^Lianxin bridge refused printToPdf: /);
    expect(window.webContents.printCalls).toEqual([]);
    expect(dialog.calls).toHaveLength(0);
  });
});

describe('centreRequest', () => {
  it.each([
    ['a path outside the API', { method: 'GET', path: '/admin' }, 'path: must be a centre API path'],
    ['a full URL to another host', { method: 'GET', path: 'https://attacker.example/api/health' }, 'path: must be a centre API path'],
    ['a climb out of the API', { method: 'GET', path: '/api/../admin' }, 'path: must be a centre API path'],
    ['another method', { method: 'DELETE', path: '/api/sync/push' }, 'method:'],
    ['a header of its own', { method: 'GET', path: '/api/health', headers: { cookie: 'x' } }, 'headers:'],
    ['a credential with a line break', { method: 'GET', path: '/api/health', headers: { authorization: 'Bearer a\r\nX-Evil: 1' } }, 'headers.authorization: must be Bearer <credential>'],
    ['a body over the push limit', { method: 'POST', path: '/api/sync/push', body: 'x'.repeat(BRIDGE_LIMITS.maxCentreBodyBytes + 1) }, 'body:'],
  ])('refuses %s before anything is sent', async (_label, req, reason) => {
    await expect(call('centreRequest', req)).rejects.toThrow(`Lianxin bridge refused centreRequest: ${reason}`);
  });

  it("limits a body to the protocol's own push limit", () => {
    expect(BRIDGE_LIMITS.maxCentreBodyBytes).toBe(MAX_BODY_BYTES);
  });
});
