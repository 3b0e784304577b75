import type { z } from 'zod';
import { ApiErrorBodySchema } from './schemas';

/**
 * The outcome of one API call as a value. `message` is the server's, already in the user's
 * language (Accept-Language); screens fall back to their own text when it is empty. `status` 0
 * means no answer at all (offline).
 */
export interface ApiError {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly retryAfterS?: number;
}
export type ApiResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: ApiError };

export type Fetcher = (input: string, init: RequestInit) => Promise<Response>;

const retryAfter = (res: Response): number | undefined => {
  const raw = res.headers.get('retry-after');
  const n = raw === null ? NaN : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

/** Calls `path` and validates the answer with `schema` (null schema: no body expected). */
export async function callApi<T>(
  fetcher: Fetcher,
  path: string,
  init: { readonly method: string; readonly body?: unknown },
  schema: z.ZodType<T> | null,
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let res: Response;
  try {
    res = await fetcher(path, {
      method: init.method,
      headers,
      credentials: 'same-origin',
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  } catch {
    return { ok: false, error: { status: 0, code: 'network', message: '' } };
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    const parsed = ApiErrorBodySchema.safeParse(body);
    const after = retryAfter(res);
    return {
      ok: false,
      error: {
        status: res.status,
        code: parsed.success ? parsed.data.error.code : `http_${res.status}`,
        message: parsed.success ? parsed.data.error.message : '',
        ...(after === undefined ? {} : { retryAfterS: after }),
      },
    };
  }
  if (schema === null) return { ok: true, value: undefined as T };
  const body: unknown = await res.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: { status: res.status, code: 'malformed_answer', message: '' } };
}
