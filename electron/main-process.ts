import path from 'node:path';
import { app, session, type BrowserWindow } from 'electron';
import { buildContentSecurityPolicy, installContentSecurityPolicy } from './csp';
import { registerBridgeHandlers } from './ipc';
import { openMainWindow } from './main-window';
import { denyAllPermissions, hardenWebContents } from './security';
import { readShellSettings } from './settings';
import { claimSingleInstance } from './single-instance';
import { appEntryUrl } from './trusted-url';

/**
 * Starts the desktop shell: one instance, sandboxed renderers, CSP and guards in place before
 * the first page loads, then the main window. Resolves with that window, or null in a second
 * instance that handed over to the first.
 */
export async function startMainProcess(env: NodeJS.ProcessEnv): Promise<BrowserWindow | null> {
  let mainWindow: BrowserWindow | null = null;
  if (!claimSingleInstance(() => mainWindow)) return null;

  // Sandbox every renderer the app ever creates, not only the windows configured here.
  app.enableSandbox();
  const settings = readShellSettings(env, app.getPath('userData'), app.getAppPath());
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, settings.appOrigin));
  app.on('window-all-closed', () => app.quit());

  await app.whenReady();
  installContentSecurityPolicy(
    session.defaultSession,
    buildContentSecurityPolicy({ centreOrigin: settings.centreOrigin, development: settings.development }),
  );
  denyAllPermissions(session.defaultSession);
  registerBridgeHandlers(settings.appOrigin);

  mainWindow = openMainWindow({
    preloadPath: path.join(app.getAppPath(), 'dist-electron', 'preload.cjs'),
    entryUrl: appEntryUrl(settings.appOrigin),
    userDataDir: app.getPath('userData'),
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  return mainWindow;
}
