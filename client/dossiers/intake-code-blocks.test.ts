import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const appFetch = vi.fn<(input: string, init: RequestInit) => Promise<Response>>();
vi.mock('../auth/app-fetch', () => ({
  appFetch: (input: string, init: RequestInit) => appFetch(input, init),
}));

const { refreshAfterReconnect } = await import('./intake-code-blocks');

const noNetwork = () => Promise.reject(new TypeError('Failed to fetch'));
const serverError = () => Promise.resolve(new Response('{}', { status: 503 }));

beforeEach(() => {
  const kept = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => kept.get(k) ?? null,
    setItem: (k: string, v: string) => void kept.set(k, v),
    removeItem: (k: string) => void kept.delete(k),
  });
  vi.stubGlobal('navigator', { onLine: true });
  appFetch.mockReset();
});
afterEach(() => vi.unstubAllGlobals());

describe('CS4: asking for code blocks when the network comes back', () => {
  it('asks again while the ask fails for want of a network, and stops at the first answer', async () => {
    appFetch
      .mockImplementationOnce(noNetwork)
      .mockImplementationOnce(noNetwork)
      .mockImplementation(serverError);
    await refreshAfterReconnect([1, 1, 1, 1]);
    expect(appFetch).toHaveBeenCalledTimes(3); // two without a network, then the server's answer
  });

  it('gives up after its retries, and asks nothing once the device is offline again', async () => {
    appFetch.mockImplementation(noNetwork);
    await refreshAfterReconnect([1, 1]);
    expect(appFetch).toHaveBeenCalledTimes(3);
    appFetch.mockClear();
    vi.stubGlobal('navigator', { onLine: false });
    await refreshAfterReconnect([1, 1]);
    expect(appFetch).not.toHaveBeenCalled();
  });
});
