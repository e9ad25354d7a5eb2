import path from 'node:path';
import { app, net, session, type BrowserWindow } from 'electron';
import { CentreLink } from './centre-link';
import { buildContentSecurityPolicy, installContentSecurityPolicy } from './csp';
import { registerBridgeHandlers } from './ipc';
import { openMainWindow } from './main-window';
import { denyAllPermissions, hardenWebContents } from './security';
import { readShellSettings, writeCentreAddress } from './settings';
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
  installContentSecurityPolicy(session.defaultSession, buildContentSecurityPolicy({ development: settings.development }));
  denyAllPermissions(session.defaultSession);
  const userData = app.getPath('userData');
  const centre = new CentreLink({
    // Chromium's network stack: the system's proxy settings and certificate store, as a browser would.
    fetch: (url, init) => net.fetch(url, init),
    address: settings.centreAddress,
    keepAddress: (address) => writeCentreAddress(userData, address),
  });
  registerBridgeHandlers(settings.appOrigin, centre);

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
