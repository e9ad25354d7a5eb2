import { BrowserWindow, screen, type WebPreferences } from 'electron';
import { loadWindowState, MIN_WINDOW_SIZE, restoreWindowState, saveWindowState } from './window-state';

/**
 * The renderer is a web page with no Node.js: isolated from the preload, sandboxed, no
 * <webview>, same-origin rules on. Everything native goes through the bridge's named methods.
 */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
  };
}

export interface MainWindowOptions {
  preloadPath: string;
  entryUrl: string;
  userDataDir: string;
}

/** Opens the one main window where it was last left, and remembers its place when it closes. */
export function openMainWindow({ preloadPath, entryUrl, userDataDir }: MainWindowOptions): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  const state = restoreWindowState(loadWindowState(userDataDir), workAreas);
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: '连心 Lianxin',
    // Shown once painted, so the operator never sees a white flash on a slow station PC.
    show: false,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: hardenedWebPreferences(preloadPath),
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    try {
      saveWindowState(userDataDir, { bounds: window.getNormalBounds(), maximized: window.isMaximized() });
    } catch (error) {
      // Losing the window's place is no reason to stop the app from closing.
      console.warn('[window-state] not saved:', error);
    }
  });
  void window.loadURL(entryUrl);
  return window;
}
