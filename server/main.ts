import { serve } from '@hono/node-server';
import pkg from '../package.json' with { type: 'json' };
import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { openDatabase } from './database';

/** Start-up: configuration, database, HTTP server, and a graceful stop on SIGTERM/SIGINT. */
function main(): void {
  const log = (line: string) => console.log(`[motcua] ${line}`);
  const config = loadConfig(process.env, process.cwd());
  const db = openDatabase(config.dataDir);
  const app = createApp({ version: pkg.version, clientDir: config.clientDir, log });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
    log(`Motcua ${pkg.version} on http://${shown}:${info.port} (data in ${config.dataDir})`);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing open requests, then closing the database`);
    // Long-lived streams (SSE) would hold close() open forever: end them after a grace period.
    const force = setTimeout(() => {
      if ('closeAllConnections' in server) server.closeAllConnections();
    }, 3000);
    force.unref();
    server.close(() => {
      db.close();
      log('stopped');
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

try {
  main();
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(`[motcua] configuration error: ${err.message}`);
    process.exit(2);
  }
  throw err;
}
