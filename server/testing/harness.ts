import { expect } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { argon2idHasher } from '../accounts/password';
import { DEMO_PASSWORD } from '../accounts/bootstrap';
import { composeServer, type ComposeOverrides, type Composed } from '../compose';
import { DEFAULT_RATE_LIMITS, type RateLimits } from '../compose-access';
import { loadConfig } from '../config';

/**
 * A real server for tests: SQLite in a temp dir, demo data and accounts, a cheap Argon2id (the
 * real parameters are tested in password.test.ts), a clock the test moves, and the caller's
 * address from an `x-test-address` header. Requests go through app.request — real HTTP handling
 * without a socket.
 */
export interface Harness {
  readonly composed: Composed;
  readonly dataDir: string;
  readonly logged: string[];
  readonly clock: { now: number };
  request(path: string, init?: RequestInit & { as?: Jar }): Promise<Response>;
  login(username: string, password?: string, deviceName?: string): Promise<Jar>;
}

/** The cookies of one browser: name → value, updated from every Set-Cookie. */
export class Jar {
  readonly cookies = new Map<string, string>();

  take(res: Response): Response {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i);
      const value = pair.slice(i + 1);
      if (value === '' || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return res;
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  copy(): Jar {
    const j = new Jar();
    for (const [k, v] of this.cookies) j.cookies.set(k, v);
    return j;
  }
}

export const json = (body: unknown, method = 'POST'): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export async function startHarness(
  opts: {
    dossiers?: number;
    limits?: Partial<RateLimits>;
    env?: Record<string, string>;
    /** An existing data directory: compose again over it, as a restarted server would. */
    dataDir?: string;
    overrides?: ComposeOverrides;
  } = {},
): Promise<Harness> {
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'motcua-auth-'));
  const config = loadConfig(
    {
      DATA_DIR: dataDir,
      CLIENT_DIR: dataDir,
      DEMO_DATA: '1',
      DEMO_DOSSIERS: String(opts.dossiers ?? 80),
      ...opts.env,
    },
    dataDir,
  );
  const logged: string[] = [];
  const clock = { now: Date.parse('2026-11-20T03:00:00Z') };
  const composed = await composeServer(config, 'test', (l) => logged.push(l), {
    hasher: argon2idHasher({ memoryKiB: 64, iterations: 1, parallelism: 1 }),
    now: () => clock.now,
    addressOf: (c) => c.req.header('x-test-address') ?? '192.0.2.1',
    limits: { ...DEFAULT_RATE_LIMITS, ...opts.limits },
    heartbeatMs: 20,
    ...opts.overrides,
  });
  const request = async (path: string, init: RequestInit & { as?: Jar } = {}) => {
    const { as, ...rest } = init;
    const headers = new Headers(rest.headers);
    if (as !== undefined && as.cookies.size > 0) headers.set('cookie', as.header());
    const res = await composed.app.request(path, { ...rest, headers });
    return as === undefined ? res : as.take(res);
  };
  return {
    composed,
    dataDir,
    logged,
    clock,
    request,
    login: async (username, password = DEMO_PASSWORD, deviceName) => {
      const jar = new Jar();
      const res = await request('/api/auth/login', {
        ...json({ username, password, ...(deviceName ? { deviceName } : {}) }),
        as: jar,
      });
      if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
      return jar;
    },
  };
}

/** Typed asymmetric matchers (vitest types them `any`, which the linter rightly refuses). */
export const anyString: unknown = expect.any(String);
export const containing = (s: string): unknown => expect.stringContaining(s);
export const matching = (r: RegExp): unknown => expect.stringMatching(r);
export const arrayContaining = (xs: unknown[]): unknown => expect.arrayContaining(xs);
