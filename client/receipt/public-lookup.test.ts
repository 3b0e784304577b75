import { describe, expect, it } from 'vitest';
import {
  checkLookupInput,
  lookupDossier,
  lookupPath,
  normaliseCode,
  retryMinutes,
  type LookupFetch,
} from './public-lookup';

const CODE = 'HN-TT-260105-0001';
const answer = {
  code: CODE,
  procedure: { id: 'p1', name: 'Đăng ký khai sinh' },
  status: 2,
  statusLabel: 'Được tiếp nhận',
  receivedAt: '2026-01-05T02:00:00.000Z',
  dueAt: '2026-01-08T10:00:00.000Z',
  timeline: [{ type: 'register', at: '2026-01-05T02:00:00.000Z' }],
};
const reply =
  (status: number, body: unknown, headers: Record<string, string> = {}): LookupFetch =>
  () =>
    Promise.resolve(new Response(JSON.stringify(body), { status, headers }));

describe('public lookup', () => {
  it('normalises and checks what the citizen typed', () => {
    expect(normaliseCode(' hn-tt-260105-0001 ')).toBe(CODE);
    expect(checkLookupInput('hn-tt-260105-0001', '1234')).toEqual({});
    expect(checkLookupInput('abc', '12a4')).toEqual({ code: 'code_invalid', verify: 'verify_invalid' });
    expect(lookupPath(' hn-tt-260105-0001', '1234 ')).toBe(`/api/public/dossiers/${CODE}?verify=1234`);
  });

  it('L1: reads the allow-listed answer and drops anything else', async () => {
    const r = await lookupDossier(reply(200, { ...answer, phone: '0987654321' }), true, CODE, '4321', 'vi');
    expect(r).toEqual({ ok: true, dossier: answer });
  });

  it('L2: 404 is not_found; 429 carries the wait; other failures are failed', async () => {
    expect(await lookupDossier(reply(404, {}), true, CODE, '1234', 'vi')).toEqual({
      ok: false,
      error: 'not_found',
    });
    expect(await lookupDossier(reply(429, {}, { 'retry-after': '120' }), true, CODE, '1234', 'vi')).toEqual({
      ok: false,
      error: 'rate_limited',
      retryAfterS: 120,
    });
    expect(await lookupDossier(reply(500, {}), true, CODE, '1234', 'vi')).toEqual({
      ok: false,
      error: 'failed',
    });
    expect(await lookupDossier(reply(200, { nope: 1 }), true, CODE, '1234', 'vi')).toEqual({
      ok: false,
      error: 'failed',
    });
  });

  it('L3: offline without asking, and a request that cannot leave is offline too', async () => {
    let called = false;
    const spy: LookupFetch = () => {
      called = true;
      return Promise.reject(new TypeError('Failed to fetch'));
    };
    expect(await lookupDossier(spy, false, CODE, '1234', 'vi')).toEqual({ ok: false, error: 'offline' });
    expect(called).toBe(false);
    expect(await lookupDossier(spy, true, CODE, '1234', 'vi')).toEqual({ ok: false, error: 'offline' });
  });

  it('sends the reader’s language', async () => {
    let sent: Record<string, string> = {};
    const spy: LookupFetch = (_path, init) => {
      sent = init.headers;
      return Promise.resolve(new Response(JSON.stringify(answer)));
    };
    await lookupDossier(spy, true, CODE, '1234', 'en');
    expect(sent).toEqual({ 'accept-language': 'en' });
  });

  it('rounds the wait up to whole minutes', () => {
    expect(retryMinutes(1)).toBe(1);
    expect(retryMinutes(61)).toBe(2);
  });
});
