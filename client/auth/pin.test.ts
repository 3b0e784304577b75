import { describe, expect, it } from 'vitest';
import { hashPin, isValidPin, parsePinRecord, PIN_ITERATIONS, verifyPin } from './pin';

describe('PIN1 format', () => {
  it.each(['1234', '12345', '123456'])('%s is a PIN', (p) => expect(isValidPin(p)).toBe(true));
  it.each(['', '123', '1234567', '12a4', ' 1234', '١٢٣٤'])('%j is not', (p) =>
    expect(isValidPin(p)).toBe(false),
  );
});

describe('PIN hashing', () => {
  it('stores PBKDF2 with a random salt and at least 100k iterations, never the PIN', async () => {
    const a = await hashPin('2468', 'u1');
    const b = await hashPin('2468', 'u1');
    expect(a.iterations).toBe(PIN_ITERATIONS);
    expect(a.iterations).toBeGreaterThanOrEqual(100_000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(JSON.stringify(a)).not.toContain('2468');
    expect(atob(a.hash)).toHaveLength(32);
    expect(atob(a.salt)).toHaveLength(16);
  });

  it('verifies the right PIN and refuses a wrong one', async () => {
    const record = await hashPin('135790', 'u1');
    expect(await verifyPin('135790', record)).toBe(true);
    expect(await verifyPin('135791', record)).toBe(false);
    expect(await verifyPin('13579', record)).toBe(false);
    expect(await verifyPin('abc', record)).toBe(false);
  });

  it('PIN2: verifies with the iterations stored in the record', async () => {
    const salt = new Uint8Array(16).fill(7);
    const record = await hashPin('1111', 'u1', { iterations: 100_000, salt });
    expect(record.iterations).toBe(100_000);
    expect(await verifyPin('1111', record)).toBe(true);
    // Same PIN and salt give the same hash (deterministic derivation).
    expect((await hashPin('1111', 'u1', { iterations: 100_000, salt })).hash).toBe(record.hash);
  });

  it('refuses to hash a malformed PIN', async () => {
    await expect(hashPin('12', 'u1')).rejects.toThrow('pin_invalid');
  });

  it('reads back a stored record and rejects weakened or broken ones', async () => {
    const record = await hashPin('1234', 'u1', { iterations: 100_000 });
    expect(parsePinRecord(JSON.stringify(record))).toEqual(record);
    expect(parsePinRecord(JSON.stringify({ ...record, iterations: 1000 }))).toBeNull();
    expect(parsePinRecord('{')).toBeNull();
    expect(parsePinRecord(null)).toBeNull();
  });
});
