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
}

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
  };
}
