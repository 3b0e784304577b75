import { z } from 'zod';
import { locale } from '../i18n/locale';
import { callApi, type ApiResult, type Fetcher } from './api-result';
import { appFetch } from './app-fetch';
import { flushPendingLogout } from './pending-logout';
import { AuthBodySchema, DeviceSchema, type AuthBody, type Device } from './schemas';
import { saveSession } from './session';

/** Login must not go through the refreshing fetch: its 401 means wrong credentials. */
const plainFetch: Fetcher = (input, init) => {
  const headers = new Headers(init.headers);
  headers.set('accept-language', locale());
  return fetch(input, { ...init, headers, credentials: 'same-origin' });
};

export async function signIn(input: {
  readonly username: string;
  readonly password: string;
  readonly deviceName: string;
}): Promise<ApiResult<AuthBody>> {
  const deviceName = input.deviceName.trim().slice(0, 80);
  const body = {
    username: input.username.trim(),
    password: input.password,
    ...(deviceName === '' ? {} : { deviceName }),
  };
  const result = await callApi(plainFetch, '/api/auth/login', { method: 'POST', body }, AuthBodySchema);
  if (result.ok) saveSession(result.value);
  return result;
}

/** Ends the server session (best effort: the device wipes itself either way). */
export const serverSignOut = (): Promise<ApiResult<undefined>> =>
  callApi<undefined>(appFetch, '/api/auth/logout', { method: 'POST' }, null);

/** PL2/PL3 (pending-logout.ts) with this browser's storage, network state and API. */
export const sendPendingLogout = (): Promise<boolean> =>
  flushPendingLogout({ storage: localStorage, signOut: serverSignOut, online: () => navigator.onLine });

/** Renews the stored profile and offlineUntil; a 401 here ends the session (auth-fetch A4). */
export async function checkSession(): Promise<ApiResult<AuthBody>> {
  const result = await callApi(appFetch, '/api/auth/me', { method: 'GET' }, AuthBodySchema);
  if (result.ok) saveSession(result.value);
  return result;
}

export const listDevices = (): Promise<ApiResult<Device[]>> =>
  callApi(appFetch, '/api/auth/devices', { method: 'GET' }, z.array(DeviceSchema));

export const revokeDevice = (id: string): Promise<ApiResult<undefined>> =>
  callApi<undefined>(appFetch, `/api/auth/devices/${encodeURIComponent(id)}`, { method: 'DELETE' }, null);
