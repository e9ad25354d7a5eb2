import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../shared/bridge';
import { startMainProcess } from './main-process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { app, BrowserWindow, ipcMain, net, resetElectronStandIn, session, StandInEvent } from './test/electron-stand-in';
import { useTempDirs } from './test/temp-dir';

vi.mock('electron', () => import('./test/electron-stand-in'));

const tempDir = useTempDirs();
const installed = { LIANXIN_CENTRE_URL: 'https://centre.jx96345.example:8443/api/' };

async function start(env: NodeJS.ProcessEnv = installed): Promise<BrowserWindow> {
  const window = await startMainProcess(env);
  if (!window) throw new Error('expected the first instance to open a window');
  return window as unknown as BrowserWindow;
}

beforeEach(() => {
  resetElectronStandIn(tempDir());
  // Refusals are logged for the station's support staff; keep the test output readable.
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('the main window', () => {
  it('is hardened: isolated, sandboxed, no Node, no webview, preload from dist-electron', async () => {
    const window = await start();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: '/opt/Lianxin/resources/app.asar/dist-electron/preload.cjs',
    });
    expect(app.sandboxEnabled).toBe(true);
  });

  it('loads the built renderer over file:// and shows it once painted', async () => {
    const window = await start();
    expect(window.webContents.url).toBe('file:///opt/Lianxin/resources/app.asar/dist/renderer/index.html');
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.visible).toBe(true);
  });

  it('loads LIANXIN_DEV_URL in development', async () => {
    const window = await start({ LIANXIN_DEV_URL: 'http://localhost:5173' });
    expect(window.webContents.url).toBe('http://localhost:5173/');
    expect(window.webContents.attempt('will-navigate', 'http://localhost:5173/index.html')).toBe(false);
  });

  it('registers one handler per bridge channel', async () => {
    await start();
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(BRIDGE_CHANNELS).sort());
  });

  it('quits when the window is closed', async () => {
    const window = await start();
    window.close();
    app.emit('window-all-closed');
    expect(app.quitCalls).toBe(1);
  });
});

describe('guards on every web contents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'] as const)('%s: foreign pages refused, own pages allowed', async (eventName) => {
    const { webContents } = await start();
    expect(webContents.attempt(eventName, 'https://attacker.example/')).toBe(true);
    expect(webContents.attempt(eventName, 'file:///etc/passwd')).toBe(true);
    expect(webContents.attempt(eventName, 'javascript:alert(1)')).toBe(true);
    expect(webContents.attempt(eventName, 'file:///opt/Lianxin/resources/app.asar/dist/renderer/index.html#/sync')).toBe(false);
  });

  it('denies every new window, even of the app itself', async () => {
    const { webContents } = await start();
    const handler = webContents.windowOpenHandler;
    expect(handler).not.toBeNull();
    for (const url of ['https://attacker.example/', 'file:///opt/Lianxin/resources/app.asar/dist/renderer/index.html']) {
      const details = { url, frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' }, postBody: undefined };
      expect(handler?.(details as unknown as Parameters<NonNullable<typeof handler>>[0])).toEqual({ action: 'deny' });
    }
  });

  it('guards web contents created later as well, not only the main window', async () => {
    await start();
    const later = new BrowserWindow({});
    expect(later.webContents.attempt('will-navigate', 'https://attacker.example/')).toBe(true);
    expect(later.webContents.windowOpenHandler).not.toBeNull();
  });

  it('prevents webview attachment', async () => {
    const { webContents } = await start();
    const event = new StandInEvent();
    webContents.emit('will-attach-webview', event, {}, {});
    expect(event.defaultPrevented).toBe(true);
  });

  it('denies every permission request and check', async () => {
    await start();
    const { permissionRequestHandler, permissionCheckHandler } = session.defaultSession;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'] as const) {
      const granted = await new Promise<boolean>((resolve) =>
        permissionRequestHandler?.({} as Electron.WebContents, permission, resolve, {} as Electron.PermissionRequest),
      );
      expect(granted).toBe(false);
      expect(permissionCheckHandler?.(null, permission, 'file://', {} as Electron.PermissionCheckHandlerHandlerDetails)).toBe(false);
    }
  });
});

describe('Content-Security-Policy', () => {
  it('replaces any policy a response carries with the strict one, which connects to nothing but the app itself', async () => {
    await start();
    const listener = session.defaultSession.headersListener;
    const response = await new Promise<Electron.HeadersReceivedResponse>((resolve) =>
      listener?.(
        { responseHeaders: { 'content-security-policy': ['default-src *'], 'Content-Type': ['text/html'] } } as unknown as Electron.OnHeadersReceivedListenerDetails,
        resolve,
      ),
    );
    expect(response.responseHeaders).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [expect.stringContaining("connect-src 'self';")],
    });
    const policy = (response.responseHeaders as Record<string, string[]>)['Content-Security-Policy']?.[0] ?? '';
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("frame-ancestors 'none'");
  });
});

describe('the centre address', () => {
  const ownFrame = (window: BrowserWindow) => ({ contents: window.webContents, frame: { url: window.webContents.getURL(), parent: null } });

  it('set on the 同步 page is kept in settings.json, used at once and read again at the next start', async () => {
    const server = createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ name: 'lianxin-centre', path: req.url }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const window = await start({});
      const sender = ownFrame(window);
      await expect(ipcMain.invoke(BRIDGE_CHANNELS.centreAddress, sender)).resolves.toBeNull();
      await expect(ipcMain.invoke(BRIDGE_CHANNELS.setCentreAddress, sender, `${address}/`)).resolves.toEqual({ ok: true, address });
      const answer = await ipcMain.invoke(BRIDGE_CHANNELS.centreRequest, sender, { method: 'GET', path: '/api/health' });
      expect(answer).toMatchObject({ kind: 'answer', status: 200, body: JSON.stringify({ name: 'lianxin-centre', path: '/api/health' }) });
      expect(net.urls).toEqual([`${address}/api/health`]);
      expect(JSON.parse(readFileSync(join(app.getPath('userData'), 'settings.json'), 'utf8'))).toEqual({ centreUrl: address });

      window.close();
      resetElectronStandIn(app.getPath('userData'));
      const next = await start({});
      await expect(ipcMain.invoke(BRIDGE_CHANNELS.centreAddress, ownFrame(next))).resolves.toBe(address);
    } finally {
      server.close();
    }
  });

  it('refuses an address that is not http(s), and keeps the one it had', async () => {
    const window = await start();
    const sender = ownFrame(window);
    await expect(ipcMain.invoke(BRIDGE_CHANNELS.setCentreAddress, sender, 'file:///etc/passwd')).resolves.toEqual({ ok: false, problem: 'scheme' });
    await expect(ipcMain.invoke(BRIDGE_CHANNELS.centreAddress, sender)).resolves.toBe('https://centre.jx96345.example:8443/api');
  });
});

describe('single instance', () => {
  it('a second instance quits without opening anything', async () => {
    app.singleInstanceLockFree = false;
    expect(await startMainProcess(installed)).toBeNull();
    expect(app.quitCalls).toBe(1);
    expect(BrowserWindow.windows).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('the first instance brings its window forward when a second one starts', async () => {
    const window = await start();
    window.minimize();
    app.emit('second-instance', new StandInEvent(), ['lianxin'], '/', {});
    expect(window.isMinimized()).toBe(false);
    expect(window.visible).toBe(true);
    expect(window.focusCount).toBe(1);
  });

  it('ignores a second instance after its window is gone', async () => {
    const window = await start();
    window.close();
    expect(() => app.emit('second-instance', new StandInEvent(), [], '/', {})).not.toThrow();
  });
});
