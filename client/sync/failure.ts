import type { ErrorCode } from '../../sync/protocol';
import { ERROR_CODES } from '../../sync/protocol';

/**
 * What went wrong with a sync request, as the device sees it: a closed set, each with one
 * reaction (house rule: errors are values).
 *  - `network`: no answer (offline, DNS, reset) → retry with back-off.
 *  - `update_required`: 426, this app is too old (PULL6) → stop replicating, ask for a reload.
 *  - `server_outdated`: 409 *_too_new, the server is older than the app → retry with back-off.
 *  - `unauthenticated` / `forbidden`: 401 / 403 → retry with back-off (a sign-in fixes it).
 *  - `rejected`: 400 / 404, the server refuses our request as malformed → retry with back-off;
 *    a bug on one side, so the status shows it.
 *  - `server_error`: 5xx, or an answer that breaks the protocol → retry with back-off.
 */
export const FAILURE_REASONS = [
  'network',
  'update_required',
  'server_outdated',
  'unauthenticated',
  'forbidden',
  'rejected',
  'server_error',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

export interface SyncFailure {
  readonly reason: FailureReason;
  /** The server's error code when it sent one. */
  readonly code?: ErrorCode;
  /** For developers and logs only; the UI shows the reason's text (messages.ts). */
  readonly detail: string;
}

export type TransportResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: SyncFailure };

/** Only `update_required` stops the replication; everything else is worth retrying. */
export const isFatal = (f: SyncFailure): boolean => f.reason === 'update_required';

const REASON_OF_CODE: Readonly<Record<ErrorCode, FailureReason>> = {
  protocol_too_old: 'update_required',
  schema_too_old: 'update_required',
  protocol_too_new: 'server_outdated',
  schema_too_new: 'server_outdated',
  bad_request: 'rejected',
  unknown_collection: 'rejected',
  unauthenticated: 'unauthenticated',
  forbidden: 'forbidden',
  internal: 'server_error',
};

/** Classifies an HTTP error answer by its code when it has one, else by its status. */
export function failureOf(status: number, code: string | undefined, detail: string): SyncFailure {
  const known = ERROR_CODES.find((c) => c === code);
  if (known !== undefined) return { reason: REASON_OF_CODE[known], code: known, detail };
  if (status === 426) return { reason: 'update_required', detail };
  if (status === 401) return { reason: 'unauthenticated', detail };
  if (status === 403) return { reason: 'forbidden', detail };
  if (status === 409) return { reason: 'server_outdated', detail };
  if (status >= 400 && status < 500) return { reason: 'rejected', detail };
  return { reason: 'server_error', detail };
}

/** Thrown into RxDB, which needs a throw to see a failed handler; carries the value. */
export class SyncFailureError extends Error {
  override readonly name = 'SyncFailureError';
  constructor(readonly failure: SyncFailure) {
    super(`${failure.reason}: ${failure.detail}`);
  }
}
