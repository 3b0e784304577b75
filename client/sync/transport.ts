import type { z } from 'zod';
import type { PullRequest, PullResponse, PushRequest, PushResponse } from '../../sync/protocol';
import { ErrorBodySchema, PullResponseSchema, PushResponseSchema } from '../../sync/protocol';
import type { TransportResult } from './failure';
import { failureOf } from './failure';

/** How the device reaches the sync server; tests pass an in-process one. */
export interface SyncTransport {
  pull(req: PullRequest): Promise<TransportResult<PullResponse>>;
  push(req: PushRequest): Promise<TransportResult<PushResponse>>;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface HttpTransportOptions {
  readonly fetch: FetchLike;
  /** Prefix of the sync routes; `/api/sync` on the app's own origin. */
  readonly baseUrl?: string;
}

/**
 * The HTTP contract: `POST {base}/:collection/pull` with a PullRequest answers a PullResponse,
 * `POST {base}/:collection/push` with a PushRequest answers a PushResponse, errors answer
 * `{ error: { code, message } }` with the status of ERROR_HTTP_STATUS. Answers are validated:
 * an answer that breaks the protocol is a `server_error`, never data written to the device.
 */
export function httpTransport(opts: HttpTransportOptions): SyncTransport {
  const base = opts.baseUrl ?? '/api/sync';
  async function post<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<TransportResult<T>> {
    let res: Response;
    try {
      res = await opts.fetch(`${base}/${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        credentials: 'same-origin',
      });
    } catch (e) {
      return { ok: false, failure: { reason: 'network', detail: String(e) } };
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch (e) {
      // A body cut off mid-way is a network failure; a non-JSON error page is the server's.
      return {
        ok: false,
        failure: res.ok
          ? { reason: 'network', detail: String(e) }
          : failureOf(res.status, undefined, `HTTP ${res.status}`),
      };
    }
    if (!res.ok) {
      const err = ErrorBodySchema.safeParse(json);
      return {
        ok: false,
        failure: failureOf(
          res.status,
          err.success ? err.data.error.code : undefined,
          err.success ? err.data.error.message : `HTTP ${res.status}`,
        ),
      };
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success)
      return {
        ok: false,
        failure: { reason: 'server_error', detail: `malformed answer to ${path}: ${parsed.error.message}` },
      };
    return { ok: true, value: parsed.data };
  }
  return {
    pull: (req) => post(`${req.collection}/pull`, req, PullResponseSchema),
    push: (req) => post(`${req.collection}/push`, req, PushResponseSchema),
  };
}
