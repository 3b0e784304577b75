import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { localeFromAcceptLanguage, translate } from '../shared/i18n';
import { API_ERRORS, ApiError, messageKeyOf, type ApiErrorCode } from './api-error';

export interface ErrorBody {
  error: { code: ApiErrorCode; message: string };
}

// The first code listed for a status is its generic one (bad_request for 400, not invalid_field).
const codeByStatus = new Map<number, ApiErrorCode>(
  Object.entries(API_ERRORS)
    .reverse()
    .map(([code, status]) => [status, code as ApiErrorCode]),
);

/** Maps a framework HTTPException (e.g. from a body limit) onto our closed code set. */
function fromHttpException(err: HTTPException): ApiError {
  return new ApiError(codeByStatus.get(err.status) ?? (err.status < 500 ? 'bad_request' : 'internal'));
}

/** Writes one error as JSON in the caller's language. Never a stack, never personal data. */
export function errorResponse(c: Context, err: ApiError): Response {
  const locale = localeFromAcceptLanguage(c.req.header('accept-language'));
  const body: ErrorBody = {
    error: { code: err.code, message: translate(locale, messageKeyOf(err.code), err.params) },
  };
  for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
  return c.json(body, err.status as ContentfulStatusCode);
}

/**
 * The server-wide `onError`. Known errors become their 4xx; anything unexpected is logged by
 * its name and message only (a message must never carry personal data) and answered as 500.
 */
export function onError(log: (line: string) => void) {
  return (err: Error, c: Context): Response => {
    if (err instanceof ApiError) return errorResponse(c, err);
    if (err instanceof HTTPException) return errorResponse(c, fromHttpException(err));
    log(`${c.req.method} ${c.req.path} failed: ${err.name}: ${err.message}`);
    return errorResponse(c, new ApiError('internal'));
  };
}
