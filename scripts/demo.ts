/**
 * `npm run demo`: the one command that runs the product. Builds the station app if its
 * sources changed, gives the centre a demo city if its store is empty, and serves the app at
 * http://127.0.0.1:8345 (PORT overrides).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { basename, join } from 'node:path';
import { centreConfig } from '../centre/config';
import { countRecords, openStore } from '../centre/db/store';
import { readSeedState, seedDemoCity } from '../centre/demo-seed';
import { progressPrinter } from '../centre/seed-progress';
import { startCentre, stopOnSignals } from '../centre/serve';
import { buildIsStale } from '../centre/station-build';
import { DEFAULT_ADMIN_DIR } from '../centre/routes/admin';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

function buildStationAppIfStale(staticDir: string): void {
  const sources = ['renderer', 'shared', 'vite.config.ts', 'package.json'].map((p) => join(ROOT, p));
  if (!buildIsStale(join(staticDir, 'index.html'), sources)) return;
  console.log('Building the station app (vite build)…');
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  // The e2e tests' own build (renderer/src/app/test-hooks.ts) is rebuilt as itself, into its own folder.
  const args = basename(staticDir) === 'renderer-e2e' ? ['build', '--mode', 'e2e', '--outDir', staticDir] : ['build'];
  const run = spawnSync(vite, args, { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`vite build failed (exit ${run.status ?? run.signal})`);
}

/** The centre's admin screens (renderer/admin → dist/admin), a build of their own. */
function buildAdminScreensIfStale(): void {
  const sources = ['renderer/admin', 'shared', 'vite.admin.config.ts', 'package.json'].map((p) => join(ROOT, p));
  if (!buildIsStale(join(DEFAULT_ADMIN_DIR, 'index.html'), sources)) return;
  console.log('Building the admin screens (vite build -c vite.admin.config.ts)…');
  const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'vite'), ['build', '-c', 'vite.admin.config.ts'], { cwd: ROOT, stdio: 'inherit' });
  if (run.status !== 0) throw new Error(`vite build of the admin screens failed (exit ${run.status ?? run.signal})`);
}

async function main(): Promise<void> {
  const config = centreConfig(process.env);
  buildStationAppIfStale(config.staticDir);
  buildAdminScreensIfStale();
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const seed = await readSeedState(store);
  // An empty store gets the default city; a seed cut short last time is finished first.
  if ((await countRecords(store)) === 0 || (seed && !seed.complete)) {
    const progress = progressPrinter();
    const result = await seedDemoCity(store, seed?.options ?? {}, progress.onProgress);
    progress.done();
    console.log(`Demo city ${JSON.stringify(result.options)} ${result.status}.`);
  }
  const centre = await startCentre(config, { store, logger: true });
  console.log(`Store: ${store.kind} (${store.where}), ${(await countRecords(store)).toLocaleString('en-US')} records`);
  console.log(`Lianxin 连心 is running: open ${centre.url} (Ctrl-C stops it)`);
  stopOnSignals(centre);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
