import fs from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS } from '../shared/bridge';
import { bundleElectron } from './bundle';
import * as electronStandIn from './test/electron-stand-in';
import { useTempDirs } from './test/temp-dir';

const tempDir = useTempDirs();
/** Runs a CommonJS bundle the way Electron would, with `electron` answered by `electron`. */
function runBundle(file: string, electron: unknown): void {
  const module = { exports: {} };
  const nodeRequire = createRequire(path.resolve(file));
  const run = new Function('require', 'module', 'exports', '__filename', '__dirname', fs.readFileSync(file, 'utf8'));
  run((name: string) => (name === 'electron' ? electron : nodeRequire(name)), module, module.exports, file, path.dirname(file));
}

const requiredModules = (code: string) => [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] ?? '');

describe('bundleElectron (real esbuild)', () => {
  it('writes a self-contained CommonJS main and preload that need only electron', async () => {
    const { main, preload } = await bundleElectron(tempDir(), process.cwd());
    const preloadCode = fs.readFileSync(preload, 'utf8');
    const mainCode = fs.readFileSync(main, 'utf8');

    expect(new Set(requiredModules(preloadCode))).toEqual(new Set(['electron']));
    const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    expect(requiredModules(mainCode).filter((name) => !allowed.has(name))).toEqual([]);
    expect(mainCode).not.toMatch(/import\.meta/);
    for (const channel of Object.values(BRIDGE_CHANNELS)) expect(preloadCode).toContain(channel);
  });

  it('the preload runs as a sandboxed script would: it exposes the bridge through a given electron', async () => {
    const { preload } = await bundleElectron(tempDir(), process.cwd());
    const exposed = new Map<string, unknown>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
      ipcRenderer: { invoke: async (channel: string) => channel },
    };
    runBundle(preload, electron);

    const api = exposed.get('lianxin') as Record<string, () => Promise<string>>;
    expect(Object.keys(api).sort()).toEqual(Object.keys(BRIDGE_CHANNELS).sort());
    await expect(api.appVersion?.()).resolves.toBe('lianxin:app-version');
  });

  it('the built main.cjs starts the shell against the electron stand-in', async () => {
    const { main } = await bundleElectron(tempDir(), process.cwd());
    electronStandIn.resetElectronStandIn(tempDir());
    runBundle(main, electronStandIn);
    await vi.waitFor(() => expect(electronStandIn.BrowserWindow.windows).toHaveLength(1));
    const [window] = electronStandIn.BrowserWindow.windows;
    expect(window?.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(window?.webContents.url).toBe('file:///opt/Lianxin/resources/app.asar/dist/renderer/index.html');
    expect(electronStandIn.ipcMain.handlers.size).toBe(Object.keys(BRIDGE_CHANNELS).length);
  });
});
