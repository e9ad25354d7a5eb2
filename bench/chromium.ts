import { build } from 'vite';
import { chromium } from '@playwright/test';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { BenchResult } from './benches';

const DIST = resolve('.bench/dist');
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/**
 * Builds bench/browser/<name>.html with Vite (production mode, like the app), serves it on
 * loopback, opens it in Debian's Chromium and calls `window.bench(options)`, printing the
 * page's progress lines as they come.
 */
export interface ChromiumOptions {
  /**
   * Keep the browser profile (and so IndexedDB) in .bench/profile between runs, served on a
   * fixed port since IndexedDB belongs to an origin: a bench can then reuse a database it built.
   */
  persistent?: boolean;
  /** Profile folder under .bench/ and port for a persistent bench (default `profile`, 47345): two benches never share one. */
  profile?: string;
  port?: number;
}

const PERSISTENT_PORT = 47_345;

export async function runInChromium(name: string, options: Record<string, unknown>, how: ChromiumOptions = {}): Promise<BenchResult> {
  // Each bench builds into its own folder, so two benches running at once do not clobber each other.
  const OUT = resolve(DIST, name);
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve('bench/browser'),
    base: './',
    build: { outDir: OUT, emptyOutDir: true, rollupOptions: { input: resolve(`bench/browser/${name}.html`) } },
  });
  const server = createServer(async (req, res) => {
    try {
      const path = join(OUT, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      if (!path.startsWith(OUT)) throw new Error('outside');
      const body = await readFile(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(how.persistent ? (how.port ?? PERSISTENT_PORT) : 0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  const launch = {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
  };
  const browser = how.persistent ? await chromium.launchPersistentContext(resolve('.bench', how.profile ?? 'profile'), launch) : await chromium.launch(launch);
  try {
    const page = await browser.newPage();
    page.on('console', (m) => console.log(`  ${m.text()}`));
    page.on('pageerror', (e) => console.error(e));
    await page.goto(`http://127.0.0.1:${port}/${name}.html`);
    await page.waitForFunction(() => typeof (window as unknown as { bench?: unknown }).bench === 'function');
    return await page.evaluate((o) => (window as unknown as { bench(o: unknown): Promise<BenchResult> }).bench(o), options);
  } finally {
    await browser.close();
    server.close();
  }
}
