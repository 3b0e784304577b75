import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { ApiError } from './api-error';
import { bodyLimits } from './http/body-limits';
import { onError } from './on-error';
import { staticFiles } from './static-files';

export interface AppDeps {
  readonly version: string;
  /** The built client; omit to serve the API only (tests, dev behind Vite). */
  readonly clientDir?: string;
  readonly log: (line: string) => void;
  /** Feature routers mounted under /api (sync, auth, …), each a Hono sub-app. */
  readonly api?: readonly { readonly path: string; readonly app: Hono }[];
}

export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError(onError(deps.log));
  app.use('*', secureHeaders());
  app.use('/api/*', bodyLimits); // 413 before any route reads a body

  app.get('/api/health', (c) => c.json({ status: 'ok', version: deps.version }));
  for (const { path, app: sub } of deps.api ?? []) app.route(`/api${path}`, sub);
  // Unknown API paths are JSON errors, never the SPA's HTML.
  app.all('/api/*', () => {
    throw new ApiError('not_found');
  });

  if (deps.clientDir) app.route('/', staticFiles(deps.clientDir));
  app.notFound(() => {
    throw new ApiError('not_found');
  });
  return app;
}
