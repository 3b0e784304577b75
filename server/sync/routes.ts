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
  type ErrorCode,
  type StreamEvent,
  type SyncResult,
} from '../../sync/protocol';
import type { SyncServer } from '../../sync/engine/sync-server';
import { applyPrepared } from './prepare-push';
import { inThreadPreparer, type PushPreparer } from './push-preparer';

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
  /** Where push bodies are parsed, checked and hashed (push-preparer.ts); here by default. */
  readonly preparer?: PushPreparer;
}

/** One error shape `{ error: { code, message } }`, the message in the caller's language. */
function syncError(c: Context, code: ErrorCode): Response {
  const message = translate(localeFromAcceptLanguage(c.req.header('accept-language')), `sync.error.${code}`);
  return c.json({ error: { code, message } }, ERROR_HTTP_STATUS[code] as ContentfulStatusCode);
}

const isJson = (c: Context): boolean =>
  (c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json');

/** The path names the collection too; a body for another collection is malformed (PUSH7). */
const otherCollection = (c: Context, body: { collection?: string }): boolean =>
  body.collection !== c.req.param('collection');

/** The body as `read` takes it from a JSON request; a wrong content type or unreadable body is a 400. */
async function readBody<T>(c: Context, read: () => Promise<T>): Promise<{ body: T } | Response> {
  if (!isJson(c)) return syncError(c, 'bad_request');
  try {
    return { body: await read() };
  } catch {
    return syncError(c, 'bad_request');
  }
}

async function parseBody<T>(c: Context, schema: z.ZodType<T>): Promise<T | Response> {
  const json = await readBody(c, () => c.req.json<unknown>());
  if (json instanceof Response) return json;
  const parsed = schema.safeParse(json.body);
  if (!parsed.success || otherCollection(c, parsed.data as { collection?: string })) {
    return syncError(c, 'bad_request');
  }
  return parsed.data;
}

/** A push body, prepared (prepare-push.ts) by `preparer`: the same verdicts as parseBody's. */
async function preparedPush(c: Context, preparer: PushPreparer) {
  const bytes = await readBody(c, () => c.req.arrayBuffer());
  if (bytes instanceof Response) return bytes;
  const prepared = await preparer.prepare(bytes.body);
  if (!prepared.ok || otherCollection(c, prepared.request)) return syncError(c, 'bad_request');
  return { request: prepared.request, hashes: applyPrepared(prepared) };
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
    const push = await preparedPush(c, deps.preparer ?? inThreadPreparer);
    if (push instanceof Response) return push;
    return answer(c, await deps.server.push(deps.principalOf(c), push.request, push.hashes));
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
