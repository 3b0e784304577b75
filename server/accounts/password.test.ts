import { describe, expect, it } from 'vitest';
import { argon2idHasher, OWASP_ARGON2ID } from './password';

describe('password hashing', () => {
  it('uses Argon2id with at least the OWASP minimum (19 MiB, 2 iterations) and verifies', async () => {
    const hasher = argon2idHasher();
    expect(OWASP_ARGON2ID.memoryKiB).toBeGreaterThanOrEqual(19 * 1024);
    expect(OWASP_ARGON2ID.iterations).toBeGreaterThanOrEqual(2);
    const encoded = await hasher.hash('motcua2026');
    expect(encoded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(encoded).not.toContain('motcua2026');
    expect(await hasher.verify('motcua2026', encoded)).toBe(true);
    expect(await hasher.verify('motcua2025', encoded)).toBe(false);
    expect(await hasher.verify('x', 'not a hash')).toBe(false);
    await hasher.burn('anything');
  });

  it('salts every hash, so equal passwords never give equal strings', async () => {
    const hasher = argon2idHasher({ memoryKiB: 64, iterations: 1, parallelism: 1 });
    expect(await hasher.hash('same')).not.toBe(await hasher.hash('same'));
  });
});
