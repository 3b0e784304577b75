import { Agent, request } from 'node:http';
import type { PushResponse } from '../../sync/protocol';

/**
 * One simulated device's HTTP connection: its own keep-alive socket, as a phone or tablet has,
 * rather than a place in fetch's one connection pool shared by the whole bench process.
 */
export interface DeviceConnection {
  push(collection: string, body: string): Promise<PushResponse>;
  close(): void;
}

export function deviceConnection(baseUrl: string, cookie: string): DeviceConnection {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const url = new URL(baseUrl);
  return {
    push: (collection, body) =>
      new Promise((resolve, reject) => {
        const req = request(
          {
            agent,
            host: url.hostname,
            port: url.port,
            method: 'POST',
            path: `/api/sync/${collection}/push`,
            headers: {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(body),
              accept: 'application/json',
              ...(cookie === '' ? {} : { cookie }),
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              if (res.statusCode !== 200) reject(new Error(`push answered ${res.statusCode}: ${text}`));
              else resolve(JSON.parse(text) as PushResponse);
            });
          },
        );
        req.on('error', reject);
        req.end(body);
      }),
    close: () => agent.destroy(),
  };
}
