import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { domainCollections } from '../sync/domain/collections';
import { SyncServer } from '../sync/engine/sync-server';
import { openScope } from '../sync/scope';
import type { SyncStorage } from '../sync/storage';
import { createApp } from './app';
import type { Config } from './config';
import { seedDemo } from './demo/seed-demo';
import { SqliteStorage } from './storage/sqlite-storage';
import { syncRoutes } from './sync/routes';

export interface Composed {
  readonly app: Hono;
  readonly storage: SyncStorage;
  close(): Promise<void>;
}

/**
 * Wires the server from its configuration: embedded SQLite in DATA_DIR, the sync engine over
 * it, the HTTP routes, and on a fresh database the demo data. Until accounts land, every
 * caller is one anonymous principal with the open scope (sync/scope.ts) — the SyncScope seam is
 * where per-role access plugs in.
 */
export async function composeServer(config: Config, version: string, log: (line: string) => void): Promise<Composed> {
  mkdirSync(config.dataDir, { recursive: true });
  const storage = new SqliteStorage(join(config.dataDir, 'motcua.sqlite'));
  const sync = new SyncServer<unknown>({
    storage,
    collections: domainCollections,
    scope: openScope,
    clock: { now: () => Date.now() },
    ids: { next: () => randomUUID() },
  });
  if (config.demoData) {
    const started = performance.now();
    const seeded = await seedDemo({ server: sync, as: 'system', now: new Date(), dossiers: config.demoDossiers });
    if (seeded.seeded) {
      log(`loaded the catalogue and demo data ${JSON.stringify(seeded.counts)} in ${Math.round(performance.now() - started)} ms`);
    }
  }
  const api = [{ path: '/sync', app: syncRoutes({ server: sync, principalOf: () => 'device', log }) }];
  const app = createApp({ version, clientDir: config.clientDir, log, api });
  return { app, storage, close: () => storage.close() };
}
