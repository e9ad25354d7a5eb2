/**
 * `npm run bench -- first-sync [--requests 20000] [--volunteers 5000] [--residents 2000]
 * [--scope JX/NH] [--page 1000]`: a station's first sync, end to end. A real centre (buildCentre
 * over its embedded SQLite store in a temp folder, on loopback) holds the demo city's records of
 * one scope (first-sync-seed.ts); a page in Debian's Chromium, served by that centre so the sync
 * API is same-origin as in a browser station, enrols with a code and runs the station's sync
 * runner until the pull is done (bench/browser/first-sync.ts). The baseline, measured in the same
 * run, is the same records bulkPut raw into a plain Dexie database with the same indexes.
 */
import { build } from 'vite';
import { chromium } from '@playwright/test';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Bench, BenchResult } from './benches';
import { buildCentre } from '../centre/app';
import { openStore } from '../centre/db/store';
import { createEnrolmentCode } from '../centre/enrolment/enrolment';
import { seedScope } from './first-sync-seed';

/** The demo city's clock: fixed, so two runs seed the same records. */
const BENCH_NOW = Date.parse('2026-11-28T16:00:00.000Z');

export const firstSyncBench: Bench = async (o) => {
  const options = {
    requests: Number(o.requests ?? 20_000),
    volunteers: Number(o.volunteers ?? 5_000),
    residents: Number(o.residents ?? 2_000),
    scope: o.scope ?? 'JX/NH',
    page: Number(o.page ?? 1_000),
  };
  const out = resolve('.bench/dist/first-sync');
  await build({
    configFile: false,
    logLevel: 'warn',
    root: resolve('bench/browser'),
    base: './',
    build: { outDir: out, emptyOutDir: true, rollupOptions: { input: resolve('bench/browser/first-sync.html') } },
  });
  // The centre serves a renderer build only when it has an index.html.
  await copyFile(join(out, 'first-sync.html'), join(out, 'index.html'));

  const dataDir = await mkdtemp(join(tmpdir(), 'lianxin-first-sync-'));
  const store = await openStore({ dataDir });
  const app = buildCentre({ store, staticDir: out, sync: { rate: { burst: 1_000_000, perSecond: 1_000_000 } } });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
  });
  try {
    const seedStart = performance.now();
    const counts = await seedScope(store, { ...options, now: BENCH_NOW }, (line) => console.log(line));
    console.log(`centre seeded in ${((performance.now() - seedStart) / 1000).toFixed(1)} s: ${JSON.stringify(counts)}`);
    const { code } = await createEnrolmentCode(store, options.scope, { label: 'bench first-sync' });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const page = await browser.newPage();
    page.on('console', (m) => console.log(`  ${m.text()}`));
    page.on('pageerror', (e) => console.error(e));
    await page.goto(`${url}/first-sync.html`);
    await page.waitForFunction(() => typeof (window as unknown as { bench?: unknown }).bench === 'function');
    const result = await page.evaluate(
      (args) => (window as unknown as { bench(a: unknown): Promise<BenchResult> }).bench(args),
      { code, stationPath: options.scope, pageSize: options.page, now: BENCH_NOW },
    );
    return { ...result, seeded: counts };
  } finally {
    await browser.close();
    await app.close();
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  }
};
