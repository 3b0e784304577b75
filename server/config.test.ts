import { describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 8080, all interfaces, ./data and demo data outside production', () => {
    const c = loadConfig({}, '/srv/motcua');
    expect(c).toMatchObject({ port: 8080, host: '0.0.0.0', dataDir: '/srv/motcua/data', demoData: true });
    expect(c.production).toBe(false);
  });

  it('reads PORT, HOST, DATA_DIR and turns demo data off in production unless asked', () => {
    const c = loadConfig(
      { PORT: '3000', HOST: '127.0.0.1', DATA_DIR: '/var/lib/motcua', NODE_ENV: 'production' },
      '/x',
    );
    expect(c).toMatchObject({ port: 3000, host: '127.0.0.1', dataDir: '/var/lib/motcua', demoData: false });
    expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'yes' }, '/x').demoData).toBe(true);
  });

  it.each(['abc', '-1', '70000', '80.5'])('refuses PORT=%s with a message naming the variable', (raw) => {
    expect(() => loadConfig({ PORT: raw }, '/x')).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: raw }, '/x')).toThrow(/PORT/);
  });

  it('reads DEMO_DOSSIERS and refuses a value that is not a count', () => {
    expect(loadConfig({}, '/x').demoDossiers).toBe(2000);
    expect(loadConfig({ DEMO_DOSSIERS: '50' }, '/x').demoDossiers).toBe(50);
    expect(() => loadConfig({ DEMO_DOSSIERS: 'lots' }, '/x')).toThrow(/DEMO_DOSSIERS/);
  });

  it('reads PUSH_WORKERS: by default one thread fewer than the cores, at most 4', () => {
    expect(loadConfig({}, '/x').pushWorkers).toBe(Math.min(4, availableParallelism() - 1));
    expect(loadConfig({ PUSH_WORKERS: '0' }, '/x').pushWorkers).toBe(0);
    expect(() => loadConfig({ PUSH_WORKERS: 'two' }, '/x')).toThrow(/PUSH_WORKERS/);
  });

  it('reads DEMO_NOW as an instant and refuses anything else', () => {
    expect(loadConfig({ DEMO_NOW: '2026-11-20T03:00:00Z' }, '/x').demoNow?.toISOString()).toBe(
      '2026-11-20T03:00:00.000Z',
    );
    expect(loadConfig({}, '/x').demoNow).toBeUndefined();
    expect(() => loadConfig({ DEMO_NOW: 'yesterday' }, '/x')).toThrow(/DEMO_NOW/);
  });

  it('refuses a DEMO_DATA value that is not a boolean word', () => {
    expect(() => loadConfig({ DEMO_DATA: 'maybe' }, '/x')).toThrow(/DEMO_DATA/);
  });

  it('reads OFFLINE_DAYS (default 7), MOTCUA_SECRET and MOTCUA_ADMIN_PASSWORD', () => {
    expect(loadConfig({}, '/x')).toMatchObject({
      offlineDays: 7,
      secret: undefined,
      adminPassword: undefined,
    });
    const c = loadConfig(
      { OFFLINE_DAYS: '3', MOTCUA_SECRET: 's'.repeat(40), MOTCUA_ADMIN_PASSWORD: 'pw-12345678' },
      '/x',
    );
    expect(c).toMatchObject({ offlineDays: 3, secret: 's'.repeat(40), adminPassword: 'pw-12345678' });
    expect(() => loadConfig({ OFFLINE_DAYS: '0' }, '/x')).toThrow(/OFFLINE_DAYS/);
  });
});
