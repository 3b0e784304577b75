import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS as TEST_CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/browser-env';
import type { BenchApi } from '../page/api';

/** The flags every browser test here uses (tests/browser-env.ts), plus no background throttling:
 *  the propagation bench keeps two pages live at once, and a throttled one would measure timers. */
const CHROMIUM_ARGS = [
  ...TEST_CHROMIUM_ARGS,
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** Builds bench/page (the app's db, sync and query code) with Vite into `outDir`, for the server
 *  to serve as its CLIENT_DIR: same origin as /api/sync, as in the app. */
export async function buildBenchPage(root: string, outDir: string, minify: boolean): Promise<void> {
  await build({
    configFile: false,
    root: join(root, 'bench/page'),
    logLevel: 'error',
    mode: 'production',
    build: { outDir, emptyOutDir: true, target: 'es2022', minify, sourcemap: !minify },
  });
}

export interface BrowserOptions {
  readonly userDataDir: string;
  readonly baseURL: string;
  /** Incognito-like context: IndexedDB lives in memory instead of on disk. */
  readonly inMemory: boolean;
}

export interface BenchBrowser {
  readonly context: BrowserContext;
  /** A new page on the bench page, ready (window.motcuaBench set). */
  page(): Promise<BenchPage>;
  close(): Promise<void>;
}

export interface BenchPage {
  readonly page: Page;
  /** Calls `window.motcuaBench[method](...args)` in the page. */
  call<K extends keyof BenchApi>(
    method: K,
    ...args: Parameters<BenchApi[K]>
  ): Promise<Awaited<ReturnType<BenchApi[K]>>>;
  /** Starts V8's sampling profiler in the page (CDP); `stop` writes the .cpuprofile. */
  profile(): Promise<{ stop(path: string): Promise<void> }>;
  close(): Promise<void>;
}

export async function launchBrowser(opts: BrowserOptions): Promise<BenchBrowser> {
  const executablePath = CHROMIUM_PATH;
  let context: BrowserContext;
  let closeAll: () => Promise<void>;
  if (opts.inMemory) {
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
    context = await browser.newContext({ baseURL: opts.baseURL });
    closeAll = () => browser.close();
  } else {
    // A real profile directory: IndexedDB on disk, as on an officer's device.
    context = await chromium.launchPersistentContext(opts.userDataDir, {
      executablePath,
      args: CHROMIUM_ARGS,
      baseURL: opts.baseURL,
    });
    closeAll = () => context.close();
  }
  let pages = 0;
  return {
    context,
    page: async () => {
      const page = await context.newPage();
      await page.goto('/index.html');
      await page.waitForFunction(() => window.motcuaBench !== undefined);
      const bench = wrap(context, page);
      await bench.call('signIn', `bench page ${++pages}`);
      return bench;
    },
    close: closeAll,
  };
}

function wrap(context: BrowserContext, page: Page): BenchPage {
  return {
    page,
    call: (method, ...args) =>
      page.evaluate(
        ([m, a]) => {
          const api = window.motcuaBench;
          if (api === undefined) throw new Error('bench page not ready');
          return (api[m] as (...xs: unknown[]) => unknown)(...a);
        },
        [method, args] as const,
      ) as never,
    profile: async () => {
      const cdp: CDPSession = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
      return {
        stop: async (path: string) => {
          const { profile } = await cdp.send('Profiler.stop');
          writeFileSync(path, JSON.stringify(profile));
          await cdp.detach();
        },
      };
    },
    close: () => page.close(),
  };
}

export interface FirstScreen {
  readonly gzipKb: number;
  readonly files: readonly { url: string; encodedBytes: number }[];
}

/** Loads the built app's first screen in a fresh context and sums the JS the browser fetched
 *  (bytes on the wire, gzip) until the network went quiet. */
export async function measureFirstScreen(baseURL: string): Promise<FirstScreen> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
    const page = await context.newPage();
    const responses: Promise<{ url: string; encodedBytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return;
      responses.push(
        request
          .sizes()
          .then((s) => ({ url: new URL(request.url()).pathname, encodedBytes: s.responseBodySize })),
      );
    });
    await page.goto('/', { waitUntil: 'networkidle' });
    const files = await Promise.all(responses);
    return { gzipKb: Math.round((files.reduce((n, f) => n + f.encodedBytes, 0) / 1024) * 10) / 10, files };
  } finally {
    await browser.close();
  }
}
