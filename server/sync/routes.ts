import type { Context } from 'hono';
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { localeFromAcceptLanguage, translate } from '../../shared/i18n';
import {
  ERROR_HTTP_STATUS,
  PROTOCOL_VERSION,
  PullRequestSchema,
  PushRequestSchema,
  type ErrorCode,
  type StreamEvent,
  type SyncResult,
} from '../../sync/protocol';
import type { SyncServer } from '../../sync/engine/sync-server';

export interface SyncRoutesDeps<P> {
  readonly server: SyncServer<P>;
  /** Who is asking; the accounts work resolves it from the session. */
  readonly principalOf: (c: Context) => P;
  readonly log: (line: string) => void;
  /** Heartbeat period of live streams; well under the client's 90 s silence limit. */
  readonly heartbeatMs?: number;
  /**
   * Registers an open stream so the accounts work can end it (sign-out, revoked device, disabled
   * user); returns the function that forgets it. Streams end by calling `end`.
   */
  readonly trackStream?: (principal: P, end: () => void) => () => void;
}

/** One error shape `{ error: { code, message } }`, the message in the caller's language. */
function syncError(c: Context, code: ErrorCode): Response {
  const message = translate(localeFromAcceptLanguage(c.req.header('accept-language')), `sync.error.${code}`);
  return c.json({ error: { code, message } }, ERROR_HTTP_STATUS[code] as ContentfulStatusCode);
}

async function parseBody<T>(c: Context, schema: z.ZodType<T>): Promise<T | Response> {
  if (!(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    return syncError(c, 'bad_request');
  }
  let json: unknown;
  try {
    json = await c.req.json();
  } catch {
    return syncError(c, 'bad_request');
  }
  const parsed = schema.safeParse(json);
  // The path names the collection too; a body for another collection is malformed (PUSH7).
  if (!parsed.success || (parsed.data as { collection?: string }).collection !== c.req.param('collection')) {
    return syncError(c, 'bad_request');
  }
  return parsed.data;
}

/**
 * HTTP face of the sync engine (sync/SPEC.md): pull, push and a live SSE stream per principal.
 * Engine errors are values; this layer only maps them to HTTP. Internal details go to the log
 * (never personal data: engine messages name ids and codes, not document contents).
 */
export function syncRoutes<P>(deps: SyncRoutesDeps<P>): Hono {
  const app = new Hono();
  const answer = <T>(c: Context, result: SyncResult<T>): Response => {
    if (result.ok) return c.json(result.value as object);
    if (result.error.code === 'internal') deps.log(`sync ${c.req.path}: ${result.error.message}`);
    return syncError(c, result.error.code);
  };

  app.post('/:collection/pull', async (c) => {
    const req = await parseBody(c, PullRequestSchema);
    return req instanceof Response ? req : answer(c, await deps.server.pull(deps.principalOf(c), req));
  });

  app.post('/:collection/push', async (c) => {
    const req = await parseBody(c, PushRequestSchema);
    return req instanceof Response ? req : answer(c, await deps.server.push(deps.principalOf(c), req));
  });

  app.get('/stream', (c) => {
    const collections = (c.req.query('collections') ?? '').split(',').filter((s) => s !== '');
    const protocolVersion = Number(c.req.query('v') ?? PROTOCOL_VERSION);
    if (collections.length === 0 || !Number.isInteger(protocolVersion)) return syncError(c, 'bad_request');
    const queue: StreamEvent[] = [];
    let wake: (() => void) | undefined;
    const principal = deps.principalOf(c);
    const sub = deps.server.subscribe(
      principal,
      { type: 'subscribe', protocolVersion, collections },
      (event) => {
        queue.push(event);
        wake?.();
      },
    );
    if (!sub.ok) return answer(c, sub);
    c.header('Cache-Control', 'no-cache, no-transform');
    return streamSSE(c, async (stream) => {
      let open = true;
      const end = () => {
        open = false;
        wake?.();
      };
      stream.onAbort(end);
      const untrack = deps.trackStream?.(principal, end);
      const beat = setInterval(() => {
        queue.push({ type: 'heartbeat' });
        wake?.();
      }, deps.heartbeatMs ?? 25_000);
      try {
        while (open) {
          for (let event = queue.shift(); event !== undefined && open; event = queue.shift()) {
            await stream.writeSSE({ event: event.type, data: JSON.stringify(event) });
          }
          if (open) await new Promise<void>((resolve) => (wake = resolve));
        }
      } finally {
        clearInterval(beat);
        untrack?.();
        sub.value.close();
      }
    });
  });

  return app;
}
