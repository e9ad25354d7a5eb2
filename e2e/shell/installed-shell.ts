/**
 * The desktop shell as far as Chromium can stand in for it (no Electron binary here): the
 * production renderer build served from its own origin, not the centre's, with the headers
 * the shell sets (electron/csp.ts), and `window.lianxin` answered by the main process's own
 * code — the sender check (electron/trusted-url.ts), the argument schemas
 * (electron/ipc-schemas.ts), the centre link (electron/centre-link.ts) and settings.json
 * (electron/settings.ts). Only the transport differs: Node's fetch where Electron has net.fetch.
 */
import { createReadStream, existsSync, mkdtempSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { BRIDGE_CHANNELS, type BridgeMethod } from '../../shared/bridge';
import { centreBridge } from '../../electron/centre-bridge';
import { CentreLink } from '../../electron/centre-link';
import { buildContentSecurityPolicy } from '../../electron/csp';
import { parseBridgeArguments } from '../../electron/ipc-schemas';
import { readShellSettings, writeCentreAddress } from '../../electron/settings';
import { isTrustedAppUrl, type AppOrigin } from '../../electron/trusted-url';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2', '.json': 'application/json', '.ico': 'image/x-icon',
};

export interface InstalledShell {
  /** Where the app's pages are, standing in for the installed app's own origin. */
  appUrl: string;
  /** The user-data folder of this "installation" (settings.json lives here). */
  userData: string;
  /** What the bridge was asked, in order (method names). */
  calls: string[];
  close(): Promise<void>;
}

/** Serves `buildDir` on `host` (another host name than the centre's) with the shell's policy. */
async function serveBuild(buildDir: string, host: string): Promise<Server> {
  const root = resolve(buildDir);
  if (!existsSync(join(root, 'index.html'))) throw new Error(`no renderer build in ${root}: run npm run build:renderer`);
  const policy = buildContentSecurityPolicy();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': policy });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, host, done));
  return server;
}

/**
 * Opens the "installed app" for one browser context: its pages at `http://localhost:<port>`
 * (the centre runs at 127.0.0.1), its bridge installed before any page script runs.
 */
export async function openInstalledShell(context: BrowserContext, buildDir = 'dist/renderer'): Promise<InstalledShell> {
  const server = await serveBuild(buildDir, 'localhost');
  const appUrl = `http://localhost:${(server.address() as AddressInfo).port}`;
  const appOrigin: AppOrigin = { kind: 'http', origin: appUrl };
  const userData = mkdtempSync(join(tmpdir(), 'lianxin-installed-'));
  const link = new CentreLink({
    fetch: (url, init) => fetch(url, init),
    address: readShellSettings({}, userData, '/opt/Lianxin').centreAddress,
    keepAddress: (address) => writeCentreAddress(userData, address),
  });
  const calls: string[] = [];
  const handlers: Partial<Record<BridgeMethod, (...args: never[]) => Promise<unknown>>> = {
    appVersion: async () => '0.1.0',
    ...centreBridge(link),
  };
  await context.exposeBinding('__lianxinShell', async (source, method: BridgeMethod, args: unknown[]) => {
    calls.push(method);
    // As main does (electron/ipc.ts): only the app's own top-level page, only well-formed arguments.
    if (source.frame.parentFrame() !== null || !isTrustedAppUrl(source.frame.url(), appOrigin)) throw new Error(`Lianxin bridge refused ${method}: the request did not come from the app's own page`);
    const handler = handlers[method];
    if (!handler) throw new Error(`${method} is not part of this test's shell`);
    return handler(...(parseBridgeArguments(method, args) as never[]));
  });
  // The preload's object: one named method per channel, nothing else (electron/preload.ts).
  await context.addInitScript((methods: string[]) => {
    const shell = (method: string, args: unknown[]) => (window as unknown as { __lianxinShell(m: string, a: unknown[]): Promise<unknown> }).__lianxinShell(method, args);
    Object.defineProperty(window, 'lianxin', { value: Object.freeze(Object.fromEntries(methods.map((m) => [m, (...args: unknown[]) => shell(m, args)]))), enumerable: true });
  }, Object.keys(BRIDGE_CHANNELS));
  return { appUrl, userData, calls, close: () => new Promise((done) => server.close(() => done())) };
}
