import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** The real server, built (`npm run build`) and run as `node dist/server/main.js`, on loopback. */
export interface RunningServer {
  readonly url: string;
  readonly dataDir: string;
  /** Everything the server printed, for the report when something goes wrong. */
  readonly output: string[];
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function run(command: string, args: readonly string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** `npm run build` when dist/ lacks the server or the client (or when asked to). */
export async function ensureBuilt(root: string, force: boolean, log: (line: string) => void): Promise<void> {
  const built =
    existsSync(join(root, 'dist/server/main.js')) && existsSync(join(root, 'dist/client/index.html'));
  if (built && !force) return;
  log('building the app (npm run build) …');
  // stdout of the build would break --json: the build's output goes to stderr of this process.
  await run('sh', ['-c', 'npm run build 1>&2'], root);
}

export interface ServerOptions {
  readonly root: string;
  readonly dataDir: string;
  readonly clientDir: string;
  /** Write a V8 CPU profile of the server's whole life into this directory (node --cpu-prof). */
  readonly cpuProfDir?: string;
}

/** The bench's environment only: no NODE_ENV (production turns demo accounts off), nothing
 *  inherited that configures the server (PORT, DATA_DIR, … of the caller's shell). */
function serverEnv(own: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of [
    'NODE_ENV',
    'PORT',
    'HOST',
    'DATA_DIR',
    'CLIENT_DIR',
    'DEMO_DATA',
    'DEMO_DOSSIERS',
    'MOTCUA_SECRET',
    'MOTCUA_ADMIN_PASSWORD',
    'OFFLINE_DAYS',
  ])
    delete env[name];
  return { ...env, ...own };
}

export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const nodeArgs = [
    '--enable-source-maps',
    ...(opts.cpuProfDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfDir}`]),
    join(opts.root, 'dist/server/main.js'),
  ];
  const child: ChildProcess = spawn(process.execPath, nodeArgs, {
    cwd: opts.root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: serverEnv({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: opts.dataDir,
      CLIENT_DIR: opts.clientDir,
      // Demo accounts (lib/auth.ts signs in as one) and the catalogue, but no generated dossiers:
      // the bench pushes its own.
      DEMO_DATA: '1',
      DEMO_DOSSIERS: '0',
      MOTCUA_ADMIN_PASSWORD: randomBytes(18).toString('base64url'),
    }),
  });
  const output: string[] = [];
  const collect = (chunk: Buffer): void => {
    output.push(
      ...chunk
        .toString('utf8')
        .split('\n')
        .filter((l) => l !== ''),
    );
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`server exited with ${child.exitCode}:\n${output.join('\n')}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() - started > 30_000)
      throw new Error(`server did not answer /api/health in 30 s:\n${output.join('\n')}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    url,
    dataDir: opts.dataDir,
    output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
