import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The renderer is one static bundle: served by host mode over http://127.0.0.1 and loaded by
// Electron from the app's own protocol. Relative base so both work.
export default defineConfig({
  root: 'src/renderer',
  base: './',
  publicDir: false,
  build: {
    outDir: '../../dist/renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 2048,
    rollupOptions: {
      input: {
        main: resolve(import.meta.dirname, 'src/renderer/index.html'),
        // The page the `landmarks` CLI and `bench -- landmarks` drive in headless Chromium.
        extract: resolve(import.meta.dirname, 'src/renderer/extract.html'),
      },
    },
  },
  worker: { format: 'es' },
});
