import { expect, it, vi } from 'vitest';
import { app, BrowserWindow, resetElectronStandIn } from './test/electron-stand-in';
import { useTempDirs } from './test/temp-dir';

vi.mock('electron', () => import('./test/electron-stand-in'));

const tempDir = useTempDirs();

it('the entry point starts the shell on import, as dist-electron/main.cjs does', async () => {
  resetElectronStandIn(tempDir());
  await import('./main');
  await vi.waitFor(() => expect(BrowserWindow.windows).toHaveLength(1));
  expect(app.exitCodes).toEqual([]);
});
