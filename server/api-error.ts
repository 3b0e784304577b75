import type { MessageKey } from '../shared/i18n';

/**
 * The closed set of error codes the HTTP API answers with, and the status each maps to.
 * Every error response has the one shape `{ error: { code, message } }` (see on-error.ts).
 */
export const API_ERRORS = {
  bad_request: 400,
  invalid_field: 400,
  unauthorized: 401,
  /** No valid session: no access cookie, expired, revoked, or the account is disabled. */
  unauthenticated: 401,
  /** Sign-in refused; the same answer for an unknown user, a wrong password, a disabled account. */
  invalid_credentials: 401,
  /** The refresh token is unknown, used, expired or revoked: sign in again. */
  session_expired: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  username_taken: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  protocol_too_old: 426,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<string, number>;

export type ApiErrorCode = keyof typeof API_ERRORS;

export const messageKeyOf = (code: ApiErrorCode): MessageKey => `error.${code}`;

/** The one error class of the server layer; anything else that escapes a handler is a bug (500). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    /** Filled into the localized message's placeholders, e.g. `{ field, detail }`. */
    readonly params: Readonly<Record<string, string | number>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(code);
  }

  get status(): (typeof API_ERRORS)[ApiErrorCode] {
    return API_ERRORS[this.code];
  }
}
