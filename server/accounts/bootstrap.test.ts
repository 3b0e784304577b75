import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecret, SECRET_FILE } from '../auth/secret';
import { ConfigError } from '../config';
import { openAccountsDb } from './accounts-db';
import { bootstrapAccounts, DEMO_PASSWORD } from './bootstrap';
import { argon2idHasher } from './password';
import { SqliteUserStore } from './sqlite-users';

const hasher = argon2idHasher({ memoryKiB: 64, iterations: 1, parallelism: 1 });
let n = 0;
const setup = () => {
  const users = new SqliteUserStore(
    openAccountsDb(join(mkdtempSync(join(tmpdir(), 'motcua-boot-')), 'a.sqlite')),
  );
  const logged: string[] = [];
  const run = (o: { production: boolean; demo: boolean; adminPassword?: string; citizen?: string }) =>
    bootstrapAccounts({
      users,
      hasher,
      production: o.production,
      demo: o.demo,
      adminPassword: o.adminPassword,
      demoCitizenId: o.citizen,
      now: '2026-11-20T03:00:00.000Z',
      newId: () => `id-${++n}`,
      log: (l) => logged.push(l),
    });
  return { users, logged, run };
};

describe('first start', () => {
  it('production refuses to start without MOTCUA_ADMIN_PASSWORD, with a message naming it', async () => {
    const { run, users } = setup();
    await expect(run({ production: true, demo: false })).rejects.toThrow(ConfigError);
    await expect(run({ production: true, demo: true })).rejects.toThrow(/MOTCUA_ADMIN_PASSWORD/);
    expect(await users.count()).toBe(0);
  });

  it('creates admin with the given password and never prints it', async () => {
    const { run, users, logged } = setup();
    await run({ production: true, demo: false, adminPassword: 'Very-secret-42' });
    const admin = await users.byUsername('admin');
    expect(admin?.role).toBe('administrator');
    expect(await hasher.verify('Very-secret-42', admin!.passwordHash)).toBe(true);
    expect(logged.join('\n')).not.toContain('Very-secret-42');
    await run({ production: true, demo: false }); // a restart needs nothing more
  });

  it('demo mode seeds one account per role with the demo password and prints it', async () => {
    const { run, users, logged } = setup();
    await run({ production: false, demo: true, citizen: '001099012345' });
    const all = await users.list();
    expect(all.map((a) => `${a.username}:${a.role}`).sort()).toEqual([
      'admin:administrator',
      'chuyenvien:processing_officer',
      'congdan:citizen',
      'giamsat:supervisor',
      'luudong:mobile_team',
      'tiepnhan:intake_officer',
    ]);
    expect(all.find((a) => a.username === 'congdan')?.citizenId).toBe('001099012345');
    expect(await hasher.verify(DEMO_PASSWORD, all[0]!.passwordHash)).toBe(true);
    expect(logged.join('\n')).toContain(DEMO_PASSWORD);
    await run({ production: false, demo: true });
    expect((await users.list()).length).toBe(6); // restarts never duplicate
  });

  it('never creates the demo accounts (public password) in production, even with demo data', async () => {
    const { run, users } = setup();
    await run({ production: true, demo: true, adminPassword: 'Very-secret-42' });
    expect((await users.list()).map((a) => a.username)).toEqual(['admin']);
  });
});

describe('access-token secret', () => {
  it('is generated once, kept with 0600 permissions, and MOTCUA_SECRET wins', () => {
    const dir = mkdtempSync(join(tmpdir(), 'motcua-secret-'));
    const first = loadSecret(dir, undefined);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(join(dir, SECRET_FILE)).mode & 0o777).toBe(0o600);
    expect(loadSecret(dir, undefined)).toBe(first);
    expect(loadSecret(dir, 'k'.repeat(40))).toBe('k'.repeat(40));
    expect(() => loadSecret(dir, 'short')).toThrow(/MOTCUA_SECRET/);
  });
});
