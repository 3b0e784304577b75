import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';

/** Server configuration, read once from the environment at start-up (README "Configuration"). */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** Where the embedded SQLite database and stored files live. */
  readonly dataDir: string;
  /** The built client (vite build output). */
  readonly clientDir: string;
  readonly production: boolean;
  /** Load the catalogue and a generated demo data set into an empty database. */
  readonly demoData: boolean;
  /** How many demo dossiers to generate on first start. */
  readonly demoDossiers: number;
  /** The demo data's "now" (tests pin it so the generated data set is always the same). */
  readonly demoNow?: Date;
  /** How long a signed-in device may work without reaching the server (refresh token lifetime). */
  readonly offlineDays: number;
  /** MOTCUA_SECRET, the access-token key; when absent one is generated and kept in DATA_DIR. */
  readonly secret: string | undefined;
  /** MOTCUA_ADMIN_PASSWORD: the password of `admin` on first start (required in production). */
  readonly adminPassword: string | undefined;
  /** Threads that parse, check and hash push bodies beside the writer (0: the main thread does). */
  readonly pushWorkers: number;
}

/** One core is the writer's; up to 4 prepare pushes (one outpaces the writer ~3 to 1). */
const defaultPushWorkers = (): number => Math.min(4, Math.max(0, availableParallelism() - 1));

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function port(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 8080;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${raw}"`);
  }
  return n;
}

function count(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 1_000_000) {
    throw new ConfigError(`${name} must be a whole number from 0 to 1000000, got "${raw}"`);
  }
  return n;
}

function days(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 7;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 365) {
    throw new ConfigError(`OFFLINE_DAYS must be a whole number of days from 1 to 365, got "${raw}"`);
  }
  return n;
}

function instant(raw: string | undefined, name: string): { demoNow?: Date } {
  if (raw === undefined || raw === '') return {};
  const at = new Date(raw);
  if (Number.isNaN(at.getTime())) throw new ConfigError(`${name} must be an ISO 8601 instant, got "${raw}"`);
  return { demoNow: at };
}

function flag(raw: string | undefined, fallback: boolean, name: string): boolean {
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 1/0, true/false, yes/no or on/off, got "${raw}"`);
}

export function loadConfig(env: Readonly<Record<string, string | undefined>>, cwd: string): Config {
  const production = env.NODE_ENV === 'production';
  return {
    port: port(env.PORT),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(cwd, env.DATA_DIR || './data'),
    clientDir: resolve(cwd, env.CLIENT_DIR || './dist/client'),
    production,
    demoData: flag(env.DEMO_DATA, !production, 'DEMO_DATA'),
    demoDossiers: count(env.DEMO_DOSSIERS, 2000, 'DEMO_DOSSIERS'),
    ...instant(env.DEMO_NOW, 'DEMO_NOW'),
    offlineDays: days(env.OFFLINE_DAYS),
    secret: env.MOTCUA_SECRET || undefined,
    adminPassword: env.MOTCUA_ADMIN_PASSWORD || undefined,
    pushWorkers: count(env.PUSH_WORKERS, defaultPushWorkers(), 'PUSH_WORKERS'),
  };
}
