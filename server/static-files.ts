import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { compress } from 'hono/compress';

/**
 * Serves the built client. Cache rules (why): `index.html`, the service worker and the manifest
 * must always be revalidated, or a device keeps an old app forever; files under /assets carry a
 * content hash in their name, so they can be cached for a year and never revalidated.
 */
const NO_CACHE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE_FILES = /^\/(index\.html|sw\.js|registerSW\.js|manifest\.webmanifest)$/;

export function cacheControlFor(path: string): string {
  if (path.startsWith('/assets/')) return IMMUTABLE;
  if (REVALIDATE_FILES.test(path) || /^\/workbox-[\w-]+\.js$/.test(path)) return NO_CACHE;
  return 'public, max-age=3600';
}

export function staticFiles(clientDir: string): Hono {
  const app = new Hono();
  const indexPath = join(clientDir, 'index.html');
  // Phones on patchy networks: gzip every text asset (JS is ~3x smaller).
  app.use('*', compress());
  app.use('*', async (c, next) => {
    await next();
    if (c.res.status === 200 && !c.res.headers.has('Cache-Control')) {
      c.res.headers.set('Cache-Control', cacheControlFor(c.req.path === '/' ? '/index.html' : c.req.path));
    }
  });
  app.use('*', serveStatic({ root: clientDir }));
  // SPA fallback: any other GET is a client route; the router in the app decides what it shows.
  app.get('*', (c) => {
    if (!existsSync(indexPath)) {
      return c.text('The client is not built: run `npm run build` first.', 503);
    }
    c.header('Cache-Control', NO_CACHE);
    return c.html(readFileSync(indexPath, 'utf8'));
  });
  return app;
}
