import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';
import { buildContentSecurityPolicy } from './electron/csp';

/**
 * The built renderer carries the shell's Content-Security-Policy in a <meta> tag too, because a
 * response header may not reach file:// pages in Electron. The page connects to its own origin
 * only: in the desktop app the centre is reached through the main process, in a browser the
 * centre serves the page (docs/electron.md, "Reaching the centre"). Dev builds skip it (Vite
 * injects inline scripts).
 */
function contentSecurityPolicy(): Plugin {
  const policy = buildContentSecurityPolicy()
    .split('; ')
    .filter((d) => !d.startsWith('frame-ancestors'))
    .join('; ');
  return {
    name: 'lianxin-csp',
    apply: 'build',
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`),
  };
}

/**
 * Test helpers (`dev-hook.ts`: window.lianxinDev and friends, which write demo data) are in
 * development and in the e2e build (`--mode e2e`, dist/renderer-e2e) only. The production
 * build resolves each `dev-hook.ts` to its sibling `dev-hook.off.ts`, so neither the helper nor
 * the demo generator it loads is in the bundle at all (e2e/specs/production-build.spec.ts).
 */
function testHooksOff(): Plugin {
  return {
    name: 'lianxin-test-hooks-off',
    apply: (_config, env) => env.command === 'build' && env.mode !== 'e2e',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!/\/dev-hook$/.test(source)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || !resolved.id.endsWith('dev-hook.ts')) return null;
      const off = resolved.id.replace(/dev-hook\.ts$/, 'dev-hook.off.ts');
      if (!existsSync(off)) this.error(`${resolved.id} has no production stand-in ${off}`);
      return off;
    },
  };
}

// The renderer is built from renderer/ into dist/renderer; the same build runs in
// Electron (file://, hence relative asset paths) and in any Chromium served by the centre.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy(), testHooksOff()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  server: { port: 5173, strictPort: true },
  test: {
    root: '.',
    include: ['{electron,renderer,shared,centre,scripts}/**/*.test.{ts,tsx}', 'integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
    hookTimeout: 30000,
  },
});
