import { app, type BrowserWindow } from 'electron';

/**
 * Two copies of the app on one PC would run two sync runners over one local database, so a
 * second start hands over to the first: it brings the existing window to the front and quits.
 * Returns false in the second instance, which must then do nothing else.
 */
export function claimSingleInstance(currentWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = currentWindow();
    if (!window || window.isDestroyed()) return;
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  });
  return true;
}
