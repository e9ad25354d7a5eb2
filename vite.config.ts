import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The renderer is built from renderer/ into dist/renderer; the same build runs in
// Electron (file://, hence relative asset paths) and in any Chromium served by the centre.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  server: { port: 5173, strictPort: true },
  test: {
    root: '.',
    include: ['{electron,renderer,shared,centre,scripts}/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 20000,
    hookTimeout: 30000,
  },
});
