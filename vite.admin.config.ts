import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The centre's admin screens (renderer/admin) are their own build, into dist/admin, so they
 * never ship in the station's bundle (electron-builder packs dist/renderer only). The centre
 * serves them at /admin under its strict CSP; the build has no inline script.
 */
export default defineConfig({
  root: 'renderer/admin',
  base: '/admin/',
  plugins: [react()],
  build: {
    outDir: '../../dist/admin',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
});
