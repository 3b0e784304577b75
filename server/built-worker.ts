import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A worker thread's module as the build emits it: package.json's build:server bundles each worker
 * entry next to the server bundle (dist/server/<name>.js, `--entry-names=[name]`), where this
 * module's code runs too. Run from the TypeScript sources (tsx, vitest) there is no such file,
 * and callers then do the work on their own thread.
 */
export function builtWorker(name: string): URL | undefined {
  const url = new URL(`./${name}.js`, import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}
