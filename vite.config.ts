import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { manifest } from './client/manifest.ts';

const apiTarget = `http://127.0.0.1:${process.env.API_PORT ?? '8787'}`;

export default defineConfig({
  root: fileURLToPath(new URL('./client', import.meta.url)),
  build: {
    outDir: fileURLToPath(new URL('./dist/client', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
  },
  // In development the API server runs beside Vite (scripts/dev.mjs) and Vite forwards /api to it.
  server: { proxy: { '/api': { target: apiTarget, ws: true } } },
  plugins: [
    solid(),
    VitePWA({
      // Never reload under the user's hands: a new version waits until they accept the banner.
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      pwaAssets: { image: 'public/logo.svg', preset: 'minimal-2023', overrideManifestIcons: true },
      workbox: {
        // The manifest is added by the plugin itself; listing it here too makes a conflicting entry.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,woff2}'],
        navigateFallback: '/index.html',
        // API calls are live data handled by the sync engine, never answered from the SW cache.
        navigateFallbackDenylist: [/^\/api\//],
        cleanupOutdatedCaches: true,
        // First install takes control at once, so the very first visit already works offline;
        // later versions still wait in 'installed' until the officer accepts the reload.
        clientsClaim: true,
      },
      devOptions: { enabled: false },
    }),
  ],
});
