import { EventEmitter } from 'node:events';
import type Electron from 'electron';

/**
 * A typed stand-in for the parts of the `electron` module the shell uses. The real module
 * cannot start here (no Electron binary can be downloaded), so tests load main and preload
 * with `vi.mock('electron', () => import('./test/electron-stand-in'))` and then inspect
 * what they asked of Electron. Each piece is checked against Electron's own types below, so
 * a renamed or re-typed Electron API breaks the typecheck rather than passing silently.
 */

/** The event object Electron passes to will-navigate and friends. */
export class StandInEvent {
  defaultPrevented = false;
  constructor(readonly url = '') {}
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

let nextContentsId = 1;

export class StandInWebContents extends EventEmitter {
  readonly id = nextContentsId++;
  url = '';
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null;
  readonly printCalls: Electron.PrintToPDFOptions[] = [];
  pdfBytes = Buffer.from('%PDF-1.7\n% stand-in page\n%%EOF\n');

  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler;
  }
  async loadURL(url: string): Promise<void> {
    this.url = url;
  }
  getURL(): string {
    return this.url;
  }
  async printToPDF(options: Electron.PrintToPDFOptions): Promise<Buffer> {
    this.printCalls.push(options);
    return this.pdfBytes;
  }
  isDestroyed(): boolean {
    return false;
  }
  /** Fires a navigation-like event the way Electron does; true when the app prevented it. */
  attempt(eventName: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', url: string): boolean {
    const event = new StandInEvent(url);
    this.emit(eventName, event, url);
    return event.defaultPrevented;
  }
}

export class BrowserWindow extends EventEmitter {
  static windows: BrowserWindow[] = [];
  static getAllWindows(): BrowserWindow[] {
    return BrowserWindow.windows.filter((window) => !window.destroyed);
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return BrowserWindow.windows.find((window) => window.webContents === contents) ?? null;
  }

  readonly webContents = new StandInWebContents();
  bounds: Electron.Rectangle;
  maximized = false;
  minimized = false;
  visible = false;
  focusCount = 0;
  destroyed = false;

  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    super();
    this.bounds = { x: options.x ?? 100, y: options.y ?? 100, width: options.width ?? 800, height: options.height ?? 600 };
    BrowserWindow.windows.push(this);
    app.emit('web-contents-created', new StandInEvent(), this.webContents);
  }
  loadURL(url: string): Promise<void> {
    return this.webContents.loadURL(url);
  }
  getNormalBounds(): Electron.Rectangle {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<Electron.Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds };
  }
  maximize(): void {
    this.maximized = true;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  minimize(): void {
    this.minimized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  show(): void {
    this.visible = true;
  }
  focus(): void {
    this.focusCount++;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  close(): void {
    this.emit('close', new StandInEvent());
    this.destroyed = true;
    this.emit('closed');
  }
}

class StandInApp extends EventEmitter {
  paths: Record<string, string> = {};
  appPath = '/opt/Lianxin/resources/app.asar';
  version = '0.1.0';
  singleInstanceLockFree = true;
  quitCalls = 0;
  exitCodes: number[] = [];
  sandboxEnabled = false;

  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    const found = this.paths[name];
    if (found === undefined) throw new Error(`stand-in: app.getPath('${name}') not set by the test`);
    return found;
  }
  getAppPath(): string {
    return this.appPath;
  }
  getVersion(): string {
    return this.version;
  }
  requestSingleInstanceLock(): boolean {
    return this.singleInstanceLockFree;
  }
  quit(): void {
    this.quitCalls++;
  }
  exit(exitCode?: number): void {
    this.exitCodes.push(exitCode ?? 0);
  }
  enableSandbox(): void {
    this.sandboxEnabled = true;
  }
  whenReady(): Promise<void> {
    return Promise.resolve();
  }
}
export const app = new StandInApp();

type InvokeListener = (event: Electron.IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Where an IPC call claims to come from; `null` models a frame that navigated away or died. */
export interface StandInSender {
  contents: StandInWebContents;
  frame: { url: string; parent: null | object } | null;
}

class StandInIpcMain {
  readonly handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    // Electron refuses a second handler for one channel; so does the stand-in.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  /** What `ipcRenderer.invoke` from `sender` would get back. */
  async invoke(channel: string, sender: StandInSender, ...args: unknown[]): Promise<unknown> {
    const listener = this.handlers.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    const event = { sender: sender.contents, senderFrame: sender.frame, processId: 1, frameId: 1 };
    return listener(event as unknown as Electron.IpcMainInvokeEvent, ...args);
  }
}
export const ipcMain = new StandInIpcMain();

type DialogCall = { kind: 'save' | 'open'; window: unknown; options: Electron.SaveDialogOptions | Electron.OpenDialogOptions };

class StandInDialog {
  readonly calls: DialogCall[] = [];
  /** Answers for the next dialogs, first in first out, as the operator would click them. */
  readonly saveAnswers: Electron.SaveDialogReturnValue[] = [];
  readonly openAnswers: Electron.OpenDialogReturnValue[] = [];

  async showSaveDialog(
    ...args: [Electron.BaseWindow, Electron.SaveDialogOptions] | [Electron.SaveDialogOptions]
  ): Promise<Electron.SaveDialogReturnValue> {
    this.calls.push(args.length === 2 ? { kind: 'save', window: args[0], options: args[1] } : { kind: 'save', window: null, options: args[0] });
    const answer = this.saveAnswers.shift();
    if (!answer) throw new Error('stand-in: the test gave no answer for a save dialog');
    return answer;
  }
  async showOpenDialog(
    ...args: [Electron.BaseWindow, Electron.OpenDialogOptions] | [Electron.OpenDialogOptions]
  ): Promise<Electron.OpenDialogReturnValue> {
    this.calls.push(args.length === 2 ? { kind: 'open', window: args[0], options: args[1] } : { kind: 'open', window: null, options: args[0] });
    const answer = this.openAnswers.shift();
    if (!answer) throw new Error('stand-in: the test gave no answer for an open dialog');
    return answer;
  }
}
export const dialog = new StandInDialog();

// Parameters<> of an overloaded method sees its last overload: (listener | null).
type HeadersListener = Parameters<Electron.WebRequest['onHeadersReceived']>[0];
type PermissionRequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0];

class StandInSession {
  headersListener: HeadersListener = null;
  permissionRequestHandler: PermissionRequestHandler = null;
  permissionCheckHandler: PermissionCheckHandler = null;
  readonly webRequest = {
    onHeadersReceived: (...args: [HeadersListener] | [Electron.WebRequestFilter, HeadersListener]) => {
      this.headersListener = args.length === 1 ? args[0] : args[1];
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
}
export const session = { defaultSession: new StandInSession() };

class StandInScreen {
  workAreas: Electron.Rectangle[] = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  getAllDisplays(): Pick<Electron.Display, 'workArea' | 'bounds'>[] {
    return this.workAreas.map((workArea) => ({ workArea, bounds: workArea }));
  }
}
export const screen = new StandInScreen();

class StandInContextBridge {
  readonly exposed = new Map<string, unknown>();
  exposeInMainWorld(apiKey: string, api: unknown): void {
    this.exposed.set(apiKey, api);
  }
}
export const contextBridge = new StandInContextBridge();

class StandInIpcRenderer {
  readonly invocations: { channel: string; args: unknown[] }[] = [];
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invocations.push({ channel, args });
    return `reply from ${channel}`;
  }
}
export const ipcRenderer = new StandInIpcRenderer();

/**
 * Electron's `net.fetch` has fetch's own signature and goes over Chromium's network stack;
 * here it is Node's fetch, so tests reach a real centre over real sockets.
 */
class StandInNet {
  readonly urls: string[] = [];
  fetch(input: string | Request, init?: RequestInit): Promise<Response> {
    this.urls.push(typeof input === 'string' ? input : input.url);
    return globalThis.fetch(input, init);
  }
}
export const net = new StandInNet();

/** Puts every piece back as a fresh Electron would be, with user data in `userDataDir`. */
export function resetElectronStandIn(userDataDir = '/nonexistent/lianxin-user-data'): void {
  app.removeAllListeners();
  Object.assign(app, { paths: { userData: userDataDir, documents: userDataDir }, singleInstanceLockFree: true, quitCalls: 0, exitCodes: [], sandboxEnabled: false });
  app.appPath = '/opt/Lianxin/resources/app.asar';
  BrowserWindow.windows = [];
  ipcMain.handlers.clear();
  dialog.calls.length = 0;
  dialog.saveAnswers.length = 0;
  dialog.openAnswers.length = 0;
  session.defaultSession = new StandInSession();
  screen.workAreas = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  contextBridge.exposed.clear();
  ipcRenderer.invocations.length = 0;
  net.urls.length = 0;
}

// Compile-time proof that the stand-in's signatures are Electron's.
type Has<Real, Keys extends keyof Real> = Pick<Real, Keys>;
app satisfies Has<Electron.App, 'getPath' | 'getAppPath' | 'getVersion' | 'requestSingleInstanceLock' | 'quit' | 'exit' | 'enableSandbox' | 'whenReady'>;
ipcMain satisfies Has<Electron.IpcMain, 'removeHandler'>;
dialog satisfies Has<Electron.Dialog, 'showSaveDialog' | 'showOpenDialog'>;
contextBridge satisfies Has<Electron.ContextBridge, 'exposeInMainWorld'>;
ipcRenderer satisfies Has<Electron.IpcRenderer, 'invoke'>;
net satisfies Has<Electron.Net, 'fetch'>;
session.defaultSession satisfies Has<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>;
new StandInWebContents() satisfies Has<Electron.WebContents, 'setWindowOpenHandler' | 'loadURL' | 'getURL' | 'isDestroyed'>;
