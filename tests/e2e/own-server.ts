import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base } from '@playwright/test';
import { TEST_DEMO_ENV } from '../browser-env';

/** A port nobody listens on right now (the OS picks it). */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port to listen on')),
      );
    });
  });

/** One server process on `port` and `dataDir`, answering /api/health; resolves to its stopper. */
async function spawnServer(port: number, dataDir: string): Promise<() => Promise<void>> {
  const child = spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      NODE_ENV: 'test',
      ...TEST_DEMO_ENV,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://localhost:${port}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error('the server did not answer /api/health within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    // A graceful stop ends with main.ts's last line; a process that ran out of work first
    // (its databases closed only by process teardown) never prints it.
    if (!printed.includes('[motcua] stopped'))
      throw new Error(`the server did not finish its graceful stop (exit code ${child.exitCode})`);
  };
}

/**
 * The real built server (dist/server/main.js), started for one spec file with a fresh data
 * directory, configured as playwright.config.ts configures the shared one. A spec whose writes
 * would change what other specs see on the shared server — such as a day's queue at hn-center,
 * which queue.spec.ts expects empty — runs against its own.
 *  - halt() stops the process (SIGTERM, its graceful stop) and keeps the data directory;
 *  - resume() starts it again on the same port and data directory (a restart, as in production);
 *  - stop() stops it and removes the data directory (twice is harmless);
 *  - ensure() starts a fresh one (new data directory, same port) after stop(): the fixture lives
 *    as long as the worker, which runs the next spec file after one file's afterAll stopped it.
 */
export async function startOwnServer(): Promise<{
  readonly url: string;
  halt(): Promise<void>;
  resume(): Promise<void>;
  stop(): Promise<void>;
  ensure(): Promise<void>;
}> {
  const port = await freePort();
  let dataDir = mkdtempSync(join(tmpdir(), 'motcua-e2e-own-'));
  let running: (() => Promise<void>) | null = await spawnServer(port, dataDir);
  let stopped: Promise<void> | null = null;
  const halt = async (): Promise<void> => {
    const current = running;
    running = null;
    await current?.();
  };
  return {
    url: `http://localhost:${port}`,
    halt,
    async resume() {
      if (stopped !== null) throw new Error('the server was stopped for good');
      running ??= await spawnServer(port, dataDir);
    },
    stop() {
      stopped ??= (async () => {
        await halt();
        rmSync(dataDir, { recursive: true, force: true });
      })();
      return stopped;
    },
    async ensure() {
      if (stopped === null) return;
      await stopped;
      stopped = null;
      dataDir = mkdtempSync(join(tmpdir(), 'motcua-e2e-own-'));
      running = await spawnServer(port, dataDir);
    },
  };
}

export type OwnServer = Awaited<ReturnType<typeof startOwnServer>>;

/**
 * `test` whose pages, contexts and `request` talk to a server of the worker's own
 * (startOwnServer), started on first use. A spec file that wants it gone after its last test
 * calls `ownServer.stop()` in `afterAll` (stopping twice is harmless).
 */
export const ownServerTest = base.extend<object, { ownServer: OwnServer }>({
  ownServer: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a fixture needs from this pattern
    async ({}, use) => {
      const server = await startOwnServer();
      await use(server);
      await server.stop();
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ ownServer }, use) => {
    await ownServer.ensure();
    await use(ownServer.url);
  },
});
