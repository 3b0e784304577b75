import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface BundleResult {
  /** index.html's module script(s) and modulepreloads, plus their static imports, closed over. */
  readonly firstLoadGzipKb: number;
  /** Every .js file of the built client (app chunks, service worker, workbox). */
  readonly totalGzipKb: number;
  readonly firstLoad: readonly BundleFile[];
  readonly all: readonly BundleFile[];
}

const kb = (bytes: number): number => Math.round((bytes / 1024) * 10) / 10;

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

/** `import … from "x"`, `import "x"`, `export … from "x"` — not `import("x")`, which is lazy. */
const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["']([^"']+\.js)["']/g;

/**
 * Gzip (zlib level 6, what the server's compress() middleware sends) of the JavaScript in
 * dist/client. First load is what index.html makes the browser fetch before anything runs:
 * its module scripts and modulepreloads and everything they import statically.
 */
export function measureBundle(clientDir: string): BundleResult {
  const measure = (path: string): BundleFile => {
    const buf = readFileSync(path);
    return {
      file: relative(clientDir, path),
      bytes: buf.length,
      gzipBytes: gzipSync(buf, { level: 6 }).length,
    };
  };
  const all = jsFiles(clientDir).map(measure);
  const html = readFileSync(join(clientDir, 'index.html'), 'utf8');
  const entries = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => join(clientDir, posix.normalize(m[1] ?? '')));
  const seen = new Set<string>();
  const queue = [...entries];
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    if (seen.has(path)) continue;
    seen.add(path);
    for (const m of readFileSync(path, 'utf8').matchAll(STATIC_IMPORT)) {
      const spec = m[1] ?? '';
      queue.push(spec.startsWith('/') ? join(clientDir, spec) : resolve(dirname(path), spec));
    }
  }
  const firstLoad = [...seen].map(measure);
  return {
    firstLoadGzipKb: kb(firstLoad.reduce((n, f) => n + f.gzipBytes, 0)),
    totalGzipKb: kb(all.reduce((n, f) => n + f.gzipBytes, 0)),
    firstLoad,
    all,
  };
}
