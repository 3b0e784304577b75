import { parentPort } from 'node:worker_threads';
import { preparePush } from './prepare-push';

/**
 * A push preparation thread (push-preparer.ts): takes a request body's bytes, answers its
 * preparation. Decoded as the route would decode it (UTF-8, a BOM dropped, bad bytes replaced).
 */
const decoder = new TextDecoder();

parentPort?.on('message', (m: { readonly id: number; readonly body: ArrayBuffer }) => {
  parentPort?.postMessage({ id: m.id, prepared: preparePush(decoder.decode(m.body)) });
});
