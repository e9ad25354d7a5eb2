import path from 'node:path';
import { build, type BuildOptions } from 'esbuild';

/** Electron 39 ships Node 22 and Chromium 142; the bundles need nothing older. */
const TARGET = ['node22', 'chrome142'];

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: TARGET,
  // Provided by Electron at run time; everything else (zod, shared/) is bundled in, so the
  // installer ships no node_modules.
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
};

/**
 * Bundles the main process and the preload into `outDir` as main.cjs and preload.cjs. The
 * preload runs sandboxed, where `require` knows only `electron` and a few Node built-ins, so
 * it must be one self-contained file.
 */
export async function bundleElectron(outDir: string, rootDir: string): Promise<{ main: string; preload: string }> {
  const main = path.join(outDir, 'main.cjs');
  const preload = path.join(outDir, 'preload.cjs');
  await build({ ...common, entryPoints: [path.join(rootDir, 'electron', 'main.ts')], outfile: main });
  await build({ ...common, entryPoints: [path.join(rootDir, 'electron', 'preload.ts')], outfile: preload });
  return { main, preload };
}
