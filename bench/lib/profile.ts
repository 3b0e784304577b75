import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of a V8 CPU profile (.cpuprofile, from CDP Profiler.stop or node --cpu-prof) we read. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: {
      readonly functionName: string;
      readonly url: string;
      readonly lineNumber: number;
      readonly columnNumber: number;
    };
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

export interface ProfileLine {
  readonly name: string;
  readonly selfMs: number;
  readonly share: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  /** Self time by function, largest first. */
  readonly functions: readonly ProfileLine[];
  /** Self time by package or file (rxdb, dexie, zod, better-sqlite3, (idle), (program), …). */
  readonly modules: readonly ProfileLine[];
}

function moduleOf(url: string, fn: string): string {
  if (url === '') return fn.startsWith('(') ? fn : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1] !== undefined) return pkg[1];
  if (url.startsWith('node:')) return 'node:*';
  const file = url.split('?')[0]?.split('/').slice(-2).join('/') ?? url;
  return file;
}

/**
 * Maps a bundled page's frames back to their sources (node_modules/rxdb/…, client/sync/…) with the
 * bundle's source maps, found by file name under `assetsDir` (the bench page's build output).
 */
function sourceMapper(
  assetsDir: string | undefined,
): (url: string, line: number, col: number) => { url: string; line: number } {
  const maps = new Map<string, SourceMap | null>();
  return (url, line, col) => {
    // Pages: http://…/assets/x.js with x.js.map in assetsDir; Node: file:///…/main.js beside its map.
    const local = url.startsWith('file://') ? fileURLToPath(url) : undefined;
    if (local === undefined && (assetsDir === undefined || !url.startsWith('http'))) return { url, line };
    const file = local ?? basename(url.split('?')[0] ?? '');
    let map = maps.get(file);
    if (map === undefined) {
      const mapPath = local === undefined ? join(assetsDir ?? '', `${file}.map`) : `${local}.map`;
      map = existsSync(mapPath)
        ? new SourceMap(
            JSON.parse(readFileSync(mapPath, 'utf8')) as ConstructorParameters<typeof SourceMap>[0],
          )
        : null;
      maps.set(file, map);
    }
    const entry = map?.findEntry(line, col);
    return entry === undefined || !('originalSource' in entry)
      ? { url, line }
      : { url: entry.originalSource, line: entry.originalLine };
  };
}

/** Self time per function and per module, from the samples of a CPU profile. `assetsDir`: where
 *  the profiled page's bundles and their .map files are, to attribute frames to their sources. */
export function summariseProfile(path: string, top = 25, assetsDir?: string): ProfileSummary {
  const mapFrame = sourceMapper(assetsDir);
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const fns = new Map<string, number>();
  const mods = new Map<string, number>();
  let totalMs = 0;
  for (const [id, ms] of self) {
    const frame = byId.get(id);
    if (frame === undefined) continue;
    totalMs += ms;
    const at = mapFrame(frame.url, frame.lineNumber, frame.columnNumber);
    const mod = moduleOf(at.url, frame.functionName);
    const name = `${frame.functionName || '(anonymous)'} ${mod === at.url ? mod : `${mod}/${basename(at.url)}`}:${at.line + 1}`;
    fns.set(name, (fns.get(name) ?? 0) + ms);
    mods.set(mod, (mods.get(mod) ?? 0) + ms);
  }
  const lines = (m: Map<string, number>): ProfileLine[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, selfMs]) => ({
        name,
        selfMs: Math.round(selfMs),
        share: Math.round((selfMs / totalMs) * 1000) / 10,
      }));
  return { totalMs: Math.round(totalMs), functions: lines(fns), modules: lines(mods) };
}

export function formatSummary(title: string, s: ProfileSummary, top = 12): string {
  const row = (l: ProfileLine) =>
    `  ${String(l.selfMs).padStart(7)} ms ${String(l.share).padStart(5)}%  ${l.name}`;
  return [
    `${title} — ${s.totalMs} ms sampled`,
    ' by module:',
    ...s.modules.slice(0, top).map(row),
    ' by function:',
    ...s.functions.slice(0, top).map(row),
  ].join('\n');
}
