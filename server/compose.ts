import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { domainCollections } from '../sync/domain/collections';
import { SyncServer } from '../sync/engine/sync-server';
import type { SyncStorage } from '../sync/storage';
import { openAccountsDb } from './accounts/accounts-db';
import { bootstrapAccounts } from './accounts/bootstrap';
import { argon2idHasher, type PasswordHasher } from './accounts/password';
import { SqliteAuditLog } from './accounts/sqlite-audit';
import { SqliteSessionStore } from './accounts/sqlite-sessions';
import { SqliteUserStore } from './accounts/sqlite-users';
import { createApp } from './app';
import { CodeBlockStore } from './codes/code-block-store';
import { sqliteStoredBlocks } from './codes/stored-blocks';
import { auditedScope } from './auth/audited-scope';
import { builtWorker } from './built-worker';
import { socketAddress, type AddressOf } from './auth/client-address';
import { SYSTEM, type SyncPrincipal } from './auth/principal';
import { loadSecret } from './auth/secret';
import { StreamRegistry } from './auth/stream-registry';
import { accountsScope } from './auth/sync-scope';
import { accessRouters, DEFAULT_RATE_LIMITS, type RateLimits } from './compose-access';
import type { Config } from './config';
import { seedDemo } from './demo/seed-demo';
import { SqliteDossierReader } from './dossiers/sqlite-dossier-reader';
import { notesVerdict, NotesServer, SqliteNoteStore, type Every } from './notes';
import { openApiRoutes } from './openapi/routes';
import { SqliteStorage } from './storage/sqlite-storage';
import { pushPreparer, type PushPreparer } from './sync/push-preparer';

export interface Composed {
  readonly app: Hono;
  readonly storage: SyncStorage;
  readonly sync: SyncServer<SyncPrincipal>;
  readonly streams: StreamRegistry;
  readonly notes: NotesServer;
  close(): Promise<void>;
}

/**
 * What tests replace: the cost of hashing, the clock, the caller's address, limits, heartbeats,
 * the periodic timers of the notes server and its compaction threshold, and where pushes are
 * prepared (the configured worker threads when the server is built, else the calling thread).
 */
export interface ComposeOverrides {
  readonly hasher?: PasswordHasher;
  readonly now?: () => number;
  readonly addressOf?: AddressOf;
  readonly limits?: RateLimits;
  readonly heartbeatMs?: number;
  readonly every?: Every;
  readonly notesCompactAbove?: number;
  readonly pushPreparer?: PushPreparer;
}

/** Background timers must not keep a stopping process alive. */
const unrefEvery: Every = (ms, run) => {
  const timer = setInterval(run, ms);
  timer.unref();
  return () => clearInterval(timer);
};

/**
 * Wires the server from its configuration: embedded SQLite in DATA_DIR (sync rows on one
 * connection, accounts/sessions/audit and dossier lookups on another, notes updates on a third),
 * the sync engine scoped by accounts, the HTTP routes behind authentication, the notes WebSocket
 * route (its sockets need `serve({ websocket })`, see main.ts), and on a fresh database the demo
 * data and accounts. Sync data is seeded first so the demo citizen can be given a demo
 * applicant's ID.
 */
export async function composeServer(
  config: Config,
  version: string,
  log: (line: string) => void,
  overrides: ComposeOverrides = {},
): Promise<Composed> {
  mkdirSync(config.dataDir, { recursive: true });
  const now = overrides.now ?? (() => Date.now());
  const file = join(config.dataDir, 'motcua.sqlite');
  const checkpointWorker = builtWorker('checkpoint-worker'); // sqlite-storage.ts invariant 4
  const storage = new SqliteStorage(file, {
    log,
    // wal-sync.ts invariant 4: nothing can be acknowledged after a failed fsync; a supervisor
    // (systemd, Docker) restarts the server, which flushes what is on disk before serving.
    onDiskFailure: (e) => {
      log(`stopping: the sync database's WAL could not be synced to disk (${e.message})`);
      process.exit(70);
    },
    ...(checkpointWorker === undefined ? {} : { checkpointWorker }),
  });
  const elsewhere = { checkpointsElsewhere: storage.checkpointsOffThread };
  const db = openAccountsDb(file, elsewhere);
  const users = new SqliteUserStore(db);
  const sessions = new SqliteSessionStore(db);
  const audit = new SqliteAuditLog(db);
  const dossiers = new SqliteDossierReader(db, (sql) => storage.prepareRead(sql)); // W6 in the push
  const codeBlocks = new CodeBlockStore(db, sqliteStoredBlocks(db));
  const streams = new StreamRegistry();
  const hasher = overrides.hasher ?? argon2idHasher();
  const secret = loadSecret(config.dataDir, config.secret);
  const noteStore = new SqliteNoteStore(file, elsewhere);
  const notes = new NotesServer({
    store: noteStore,
    now,
    log,
    every: overrides.every ?? unrefEvery,
    track: (p, end) => streams.track({ userId: p.userId, sessionId: p.sessionId, end }),
    verdict: (p, dossierId) => notesVerdict(dossiers, p, dossierId),
    ...(overrides.notesCompactAbove === undefined ? {} : { compactAbove: overrides.notesCompactAbove }),
  });

  const scope = auditedScope(accountsScope(dossiers), (p, collection, docId) => {
    const actorId = p === SYSTEM ? null : p.userId;
    void audit.record({
      at: new Date(now()).toISOString(),
      actorId,
      action: 'access_denied',
      target: `sync:${collection}/${docId}`,
      outcome: 'denied',
    });
  });
  const sync = new SyncServer<SyncPrincipal>({
    storage,
    collections: domainCollections,
    scope,
    clock: { now },
    ids: { next: () => randomUUID() },
  });
  if (config.demoData) {
    const started = performance.now();
    const seeded = await seedDemo({
      server: sync,
      as: SYSTEM,
      now: config.demoNow ?? new Date(now()),
      dossiers: config.demoDossiers,
    });
    if (seeded.seeded) {
      log(
        `loaded the catalogue and demo data ${JSON.stringify(seeded.counts)} in ${Math.round(performance.now() - started)} ms`,
      );
    }
  }
  await bootstrapAccounts({
    users,
    hasher,
    production: config.production,
    demo: config.demoData,
    adminPassword: config.adminPassword,
    demoCitizenId: dossiers.firstApplicantCitizenId(),
    now: new Date(now()).toISOString(),
    newId: randomUUID,
    log,
  });

  const preparer = overrides.pushPreparer ?? pushPreparer(config.pushWorkers, log);
  const api = [
    ...accessRouters({
      preparer,
      production: config.production,
      sync,
      users,
      sessions,
      audit,
      dossiers,
      codeBlocks,
      streams,
      notes,
      hasher,
      secret,
      offlineDays: config.offlineDays,
      now,
      addressOf: overrides.addressOf ?? socketAddress,
      limits: overrides.limits ?? DEFAULT_RATE_LIMITS,
      log,
      ...(overrides.heartbeatMs === undefined ? {} : { heartbeatMs: overrides.heartbeatMs }),
    }),
    { path: '/openapi.json', app: openApiRoutes(version) },
  ];
  const app = createApp({ version, clientDir: config.clientDir, log, api });
  return {
    app,
    storage,
    sync,
    streams,
    notes,
    close: async () => {
      await notes.close(); // ends the note sockets and compacts the open documents first
      await preparer.close();
      await noteStore.close();
      await storage.close();
      await scope.drain(); // refused push rows still to be audited (audited-scope.ts)
      db.close();
    },
  };
}
