import { beforeAll, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNELS, type LianxinBridge } from '../shared/bridge';
import { contextBridge, ipcRenderer } from './test/electron-stand-in';

vi.mock('electron', () => import('./test/electron-stand-in'));

describe('preload', () => {
  let exposed: Record<string, unknown>;
  beforeAll(async () => {
    await import('./preload');
    exposed = contextBridge.exposed.get('lianxin') as Record<string, unknown>;
  });

  it('exposes one object, window.lianxin, and nothing else', () => {
    expect([...contextBridge.exposed.keys()]).toEqual(['lianxin']);
  });

  it('offers exactly the named methods of the bridge contract', () => {
    expect(Object.keys(exposed).sort()).toEqual(Object.keys(BRIDGE_CHANNELS).sort());
    for (const value of Object.values(exposed)) expect(typeof value).toBe('function');
  });

  it('never hands over ipcRenderer or any of its functions', () => {
    const ipcFunctions = new Set<unknown>([ipcRenderer, ipcRenderer.invoke]);
    for (const value of Object.values(exposed)) expect(ipcFunctions.has(value)).toBe(false);
  });

  it('sends each method on its own channel with the arguments unchanged', async () => {
    const bridge = exposed as unknown as LianxinBridge;
    const data = new Uint8Array([1, 2, 3]);
    ipcRenderer.invocations.length = 0;

    await expect(bridge.appVersion()).resolves.toBe(`reply from ${BRIDGE_CHANNELS.appVersion}`);
    await bridge.saveFile({ suggestedName: 'a.csv', data });
    await bridge.openFile({ maxBytes: 10 });
    await bridge.printToPdf({ suggestedName: 'slip', landscape: true });

    expect(ipcRenderer.invocations).toEqual([
      { channel: 'lianxin:app-version', args: [] },
      { channel: 'lianxin:save-file', args: [{ suggestedName: 'a.csv', data }] },
      { channel: 'lianxin:open-file', args: [{ maxBytes: 10 }] },
      { channel: 'lianxin:print-to-pdf', args: [{ suggestedName: 'slip', landscape: true }] },
    ]);
  });
});
