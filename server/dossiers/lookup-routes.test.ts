import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../testing/harness';

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ dossiers: 5, limits: { lookupPerUser: { max: 3, windowMs: 60_000 } } });
});
afterAll(() => h.composed.close());

describe('officer lookups by code', () => {
  it('LK2: lookups are limited per user with Retry-After; another officer is not affected', async () => {
    const counter = await h.login('tiepnhan');
    const boss = await h.login('giamsat');
    const look = (as: typeof counter) => h.request('/api/dossiers/lookup?code=HN-TT-261120-0001', { as });
    for (let i = 0; i < 3; i++) expect([200, 404]).toContain((await look(counter)).status);
    const refused = await look(counter);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({ error: { code: 'rate_limited' } });
    expect([200, 404]).toContain((await look(boss)).status);
  });
});
