import fs from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startMainProcess } from './main-process';
import { BrowserWindow, resetElectronStandIn, screen } from './test/electron-stand-in';
import { useTempDirs } from './test/temp-dir';
import { restoreWindowState, WINDOW_STATE_FILE } from './window-state';

vi.mock('electron', () => import('./test/electron-stand-in'));

const tempDir = useTempDirs();
const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const rightMonitor = { x: 1366, y: 0, width: 1920, height: 1040 };

describe('restoreWindowState', () => {
  it('keeps a place that is on a display', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindowState(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('forgets the place (not the size) when its monitor was unplugged', () => {
    const saved = { bounds: { x: 1500, y: 100, width: 1200, height: 800 }, maximized: true };
    expect(restoreWindowState(saved, [laptop])).toEqual({ bounds: { width: 1200, height: 800 }, maximized: true });
  });

  it('forgets a place whose title bar is above or beside every display', () => {
    expect(restoreWindowState({ bounds: { x: 100, y: -500, width: 1200, height: 800 }, maximized: false }, [laptop]).bounds).not.toHaveProperty('x');
    expect(restoreWindowState({ bounds: { x: 1300, y: 100, width: 1200, height: 800 }, maximized: false }, [laptop]).bounds).not.toHaveProperty('x');
  });

  it('keeps a window that hangs partly off the screen but can still be grabbed', () => {
    const saved = { bounds: { x: -600, y: 50, width: 1200, height: 800 }, maximized: false };
    expect(restoreWindowState(saved, [laptop]).bounds).toEqual(saved.bounds);
  });

  it('grows a window smaller than the minimum', () => {
    const restored = restoreWindowState({ bounds: { x: 10, y: 10, width: 300, height: 200 }, maximized: false }, [laptop]);
    expect(restored.bounds).toEqual({ x: 10, y: 10, width: 1024, height: 640 });
  });

  it.each([undefined, null, 'garbage', {}, { bounds: { x: 'a', y: 0, width: 1, height: 1 }, maximized: false }, { bounds: { x: 0.5, y: 0, width: 1200, height: 800 }, maximized: false }])(
    'falls back to the default for %j',
    (saved) => {
      expect(restoreWindowState(saved, [laptop])).toEqual({ bounds: { width: 1280, height: 800 }, maximized: false });
    },
  );
});

describe('window state across restarts (real files)', () => {
  let userData: string;
  beforeEach(() => {
    userData = tempDir();
    resetElectronStandIn(userData);
    screen.workAreas = [laptop, rightMonitor];
  });

  async function openAgain(): Promise<BrowserWindow> {
    BrowserWindow.windows = [];
    const window = await startMainProcess({});
    return window as unknown as BrowserWindow;
  }

  it('reopens where it was closed, maximised if it was', async () => {
    const first = await openAgain();
    first.setBounds({ x: 1500, y: 120, width: 1400, height: 900 });
    first.maximize();
    first.close();
    expect(JSON.parse(fs.readFileSync(path.join(userData, WINDOW_STATE_FILE), 'utf8'))).toEqual({
      bounds: { x: 1500, y: 120, width: 1400, height: 900 },
      maximized: true,
    });

    resetElectronStandIn(userData);
    screen.workAreas = [laptop, rightMonitor];
    const second = await openAgain();
    expect(second.options).toMatchObject({ x: 1500, y: 120, width: 1400, height: 900 });
    expect(second.isMaximized()).toBe(true);
  });

  it('opens at the default place when the saved one is on a monitor no longer connected', async () => {
    const first = await openAgain();
    first.setBounds({ x: 2000, y: 100, width: 1200, height: 800 });
    first.close();

    resetElectronStandIn(userData);
    screen.workAreas = [laptop];
    const second = await openAgain();
    expect(second.options).toMatchObject({ width: 1200, height: 800 });
    expect(second.options.x).toBeUndefined();
    expect(second.options.y).toBeUndefined();
  });

  it('opens at the default place when the file is corrupt', async () => {
    fs.writeFileSync(path.join(userData, WINDOW_STATE_FILE), '{"bounds": {"x": 1');
    const window = await openAgain();
    expect(window.options).toMatchObject({ width: 1280, height: 800 });
    expect(window.options.x).toBeUndefined();
  });

  it('still closes when the state cannot be written', async () => {
    const window = await openAgain();
    fs.rmSync(userData, { recursive: true });
    fs.writeFileSync(userData, 'a file where the folder should be');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(() => window.close()).not.toThrow();
    expect(warn).toHaveBeenCalledWith('[window-state] not saved:', expect.any(Error));
  });
});
