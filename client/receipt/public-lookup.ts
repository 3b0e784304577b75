import { isDossierCode } from '../../shared/dossier-code/format';
import { PublicDossierSchema, type PublicDossier } from '../../shared/schemas/public-dossier';

export { PublicDossierSchema, type PublicDossier };

/**
 * The citizen's lookup of the code printed on slip 01 (its QR code opens /lookup?code=…), through
 * GET /api/public/dossiers/:code?verify=<last 4 phone digits>. Invariants:
 *  L1. The answer is read through the allow-list of server/dossiers/public-routes.ts PUB1 (kept
 *      in step by hand: client/ may not import server/; the schema belongs in shared/ once the
 *      lead moves it there). Extra fields are dropped by zod, so nothing else reaches the screen.
 *  L2. Errors are a closed set; 404 does not say whether the code or the digits were wrong (PUB2).
 *  L3. The lookup needs the server: a device without network says so at once instead of waiting.
 *  L4. Fetch is injected, so the mapping is tested without a browser.
 */

export const LOOKUP_ERRORS = ['not_found', 'rate_limited', 'offline', 'failed'] as const;
export type LookupError = (typeof LOOKUP_ERRORS)[number];

export type LookupOutcome =
  | { readonly ok: true; readonly dossier: PublicDossier }
  | { readonly ok: false; readonly error: LookupError; readonly retryAfterS?: number };

export interface LookupFieldErrors {
  readonly code?: 'code_invalid';
  readonly verify?: 'verify_invalid';
}

/** Codes are printed in capitals; people type them in any case and with stray spaces. */
export const normaliseCode = (code: string): string => code.trim().toUpperCase().replace(/\s+/g, '');

export function checkLookupInput(code: string, verify: string): LookupFieldErrors {
  return {
    ...(isDossierCode(normaliseCode(code)) ? {} : { code: 'code_invalid' as const }),
    ...(/^\d{4}$/.test(verify.trim()) ? {} : { verify: 'verify_invalid' as const }),
  };
}

export const lookupPath = (code: string, verify: string): string =>
  `/api/public/dossiers/${encodeURIComponent(normaliseCode(code))}?verify=${encodeURIComponent(verify.trim())}`;

export type LookupFetch = (path: string, init: { headers: Record<string, string> }) => Promise<Response>;

export async function lookupDossier(
  fetchFn: LookupFetch,
  online: boolean,
  code: string,
  verify: string,
  language: string,
): Promise<LookupOutcome> {
  if (!online) return { ok: false, error: 'offline' }; // L3
  let res: Response;
  try {
    res = await fetchFn(lookupPath(code, verify), { headers: { 'accept-language': language } });
  } catch {
    return { ok: false, error: 'offline' }; // the request never reached the server
  }
  if (res.status === 404) return { ok: false, error: 'not_found' }; // L2
  if (res.status === 429) {
    const after = Number(res.headers.get('retry-after'));
    return {
      ok: false,
      error: 'rate_limited',
      retryAfterS: Number.isFinite(after) && after > 0 ? after : 60,
    };
  }
  if (!res.ok) return { ok: false, error: 'failed' };
  try {
    const parsed = PublicDossierSchema.safeParse(await res.json()); // L1
    return parsed.success ? { ok: true, dossier: parsed.data } : { ok: false, error: 'failed' };
  } catch {
    return { ok: false, error: 'failed' };
  }
}

/** Minutes to wait, rounded up, at least one: what a person can act on. */
export const retryMinutes = (seconds: number): number => Math.max(1, Math.ceil(seconds / 60));
