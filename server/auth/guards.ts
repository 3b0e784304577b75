import type { MiddlewareHandler } from 'hono';
import { ApiError } from '../api-error';
import { isJson } from '../http/validate';

/** 415 for a POST whose body is not JSON, before a route reads it (the sync routes' own check says 400). */
export const jsonOnly: MiddlewareHandler = async (c, next) => {
  if (c.req.method === 'POST' && !isJson(c)) throw new ApiError('unsupported_media_type');
  await next();
};
