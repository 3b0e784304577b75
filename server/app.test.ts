import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createApp } from './app';

function builtClient(): string {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-client-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Một cửa</title>');
  writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("fetch", () => {});');
  writeFileSync(join(dir, 'assets', 'index-abc123.js'), 'console.log(1);\n'.repeat(500));
  return dir;
}

const logged: string[] = [];
const failing = new Hono().get('/boom', () => {
  throw new Error('secret stack detail for 001099012345');
});
const app = createApp({
  version: '1.2.3',
  clientDir: builtClient(),
  log: (l) => logged.push(l),
  api: [{ path: '/t', app: failing }],
});

describe('HTTP shell', () => {
  it('answers health with status and version', async () => {
    const res = await app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', version: '1.2.3' });
  });

  it('answers an unknown /api path with a JSON 404 in Vietnamese by default and English on request', async () => {
    const vi = await app.request('/api/nope', { method: 'POST' });
    expect(vi.status).toBe(404);
    expect(await vi.json()).toEqual({
      error: { code: 'not_found', message: 'Không tìm thấy tài nguyên được yêu cầu.' },
    });
    const en = await app.request('/api/nope', { headers: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    expect(((await en.json()) as { error: { message: string } }).error.message).toBe(
      'The requested resource was not found.',
    );
  });

  it('turns an unexpected error into a 500 that leaks neither stack nor message', async () => {
    const res = await app.request('/api/t/boom');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'internal' } });
    expect(text).not.toMatch(/secret|stack|001099012345|at /);
  });

  it('serves client routes with the SPA index, never cached', async () => {
    const res = await app.request('/dossiers/123');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('Một cửa');
  });

  it('caches hashed assets immutably and revalidates index.html and the service worker', async () => {
    expect((await app.request('/assets/index-abc123.js')).headers.get('cache-control')).toContain(
      'immutable',
    );
    expect((await app.request('/sw.js')).headers.get('cache-control')).toBe('no-cache');
    expect((await app.request('/')).headers.get('cache-control')).toBe('no-cache');
  });
});

describe('transport', () => {
  it('gzips text assets for clients that accept it', async () => {
    const res = await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends security headers on every response', async () => {
    const res = await app.request('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });
});
