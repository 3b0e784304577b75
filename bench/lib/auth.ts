/**
 * Signing in, when the server has accounts (/api/auth): the bench runs the server with its demo
 * accounts (DEMO_DATA=1, DEMO_DOSSIERS=0: accounts and catalogue, no generated dossiers) and acts
 * as the demo supervisor, the whole-center role that reads every dossier and may write them.
 * Tokens travel in httpOnly cookies. A server without /api/auth (404) needs no sign-in.
 * Pure: used by the driver (Node fetch) and the page (browser fetch, cookies kept by the browser).
 */
export const BENCH_USERNAME = 'giamsat';
export const BENCH_PASSWORD = 'motcua2026';

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>;

/** Signs in; answers the `Cookie` header value to send (Node), '' when the server has no accounts. */
export async function signIn(fetchFn: FetchFn, baseUrl: string, deviceName: string): Promise<string> {
  const res = await fetchFn(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ username: BENCH_USERNAME, password: BENCH_PASSWORD, deviceName }),
    credentials: 'same-origin',
  });
  if (res.status === 404) return '';
  if (!res.ok) throw new Error(`sign-in as ${BENCH_USERNAME} answered ${res.status}: ${await res.text()}`);
  const setCookies = typeof res.headers.getSetCookie === 'function' ? res.headers.getSetCookie() : [];
  return setCookies
    .map((c) => c.split(';')[0] ?? '')
    .filter((c) => c !== '')
    .join('; ');
}
