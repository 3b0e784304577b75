import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * The caller's network address, for rate limits. The socket's peer address only: a
 * X-Forwarded-For header is set by the caller and would let anyone pick their own bucket. Behind
 * a reverse proxy every client shares the proxy's address (README notes this).
 */
export type AddressOf = (c: Context) => string;

export const socketAddress: AddressOf = (c) => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // no socket (in-process requests)
  }
};
