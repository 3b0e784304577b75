import { serve } from '@hono/node-server';
import pkg from '../package.json' with { type: 'json' };
import { composeServer } from './compose';
import { ConfigError, loadConfig } from './config';
import { notesWebSocketServer } from './notes';

/**
 * Start-up: configuration, storage and demo data, HTTP server (WebSocket upgrades for the dossier
 * notes on the same port), graceful stop on SIGTERM/SIGINT.
 */
async function main(): Promise<void> {
  const log = (line: string) => console.log(`[motcua] ${line}`);
  const config = loadConfig(process.env, process.cwd());
  const composed = await composeServer(config, pkg.version, log);

  const wss = notesWebSocketServer();
  const server = serve(
    { fetch: composed.app.fetch, websocket: { server: wss }, port: config.port, hostname: config.host },
    (info) => {
      const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
      log(`Motcua ${pkg.version} on http://${shown}:${info.port} (data in ${config.dataDir})`);
    },
  );

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing open requests, then closing the database`);
    // Note sockets would hold close() open forever: tell them now (1001, clients reconnect later).
    void composed.notes.close();
    // Live streams (SSE), and note sockets whose peer never answers the close, would too: end
    // them after a grace period. closeAllConnections does not reach upgraded sockets.
    const force = setTimeout(() => {
      if ('closeAllConnections' in server) server.closeAllConnections();
      for (const socket of wss.clients) socket.terminate();
    }, 3000);
    force.unref();
    server.close(() => {
      void composed.close().then(() => {
        log('stopped');
        process.exit(0);
      });
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    console.error(`[motcua] configuration error: ${err.message}`);
    process.exit(2);
  }
  console.error('[motcua] failed to start:', err);
  process.exit(1);
});
