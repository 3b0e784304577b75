import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ApiError } from '../api-error';

/**
 * Request size limits (413 `payload_too_large`): sync pushes carry up to 500 documents, so they
 * get 8 MB; every other route takes small JSON and gets 64 KB. Checked before any handler reads.
 */
export const SYNC_PUSH_LIMIT = 8 * 1024 * 1024;
export const DEFAULT_LIMIT = 64 * 1024;

const tooLarge = () => {
  throw new ApiError('payload_too_large');
};
const big = bodyLimit({ maxSize: SYNC_PUSH_LIMIT, onError: tooLarge });
const small = bodyLimit({ maxSize: DEFAULT_LIMIT, onError: tooLarge });

export const bodyLimits: MiddlewareHandler = (c, next) =>
  /^\/api\/sync\/[a-z][a-z0-9_]*\/push$/.test(c.req.path) ? big(c, next) : small(c, next);
