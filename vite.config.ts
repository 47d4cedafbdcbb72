import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './scripts/precompress.js';

/**
 * The web app: src/web → dist/web, served by `netzero serve` as static files. Relative asset
 * paths so the same build works under any prefix; no inline script anywhere (CSP script-src 'self').
 */
export default defineConfig({
  root: 'src/web',
  base: './',
  plugins: [react(), precompress()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // Which chunks each page loads, for the per-page budget (scripts/web-size.ts).
    manifest: true,
    // Keep every script a file: an inline module-preload polyfill would break the CSP.
    modulePreload: { polyfill: false },
    // The chart chunk (ECharts) is loaded on demand; only the entry counts for first paint.
    chunkSizeWarningLimit: 600,
  },
  server: {
    proxy: { '/api': process.env.NETZERO_API ?? 'http://127.0.0.1:3000' },
  },
});
