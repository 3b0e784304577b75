import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * A worker thread's module as the server runs it (built-worker.ts): bundled from its TypeScript
 * entry by esbuild with the options of package.json's build:server, into node_modules/.cache so
 * that its packages (better-sqlite3, zod) resolve. `entry` is relative to the repository.
 */
export async function bundleWorker(entry: string): Promise<URL> {
  const name = entry.replace(/^.*\//, '').replace(/\.ts$/, '.js');
  const outfile = join(root, 'node_modules/.cache/motcua-tests', name);
  mkdirSync(dirname(outfile), { recursive: true });
  await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile,
    logLevel: 'warning',
  });
  return pathToFileURL(outfile);
}

/** A worker module that exits with `code` on its first message (or at once, `atStart`). */
export function dyingWorker(code: number, atStart = false): URL {
  const body = atStart
    ? `process.exit(${code});`
    : `import { parentPort } from 'node:worker_threads'; parentPort.on('message', () => process.exit(${code}));`;
  return new URL(`data:text/javascript,${encodeURIComponent(body)}`);
}
