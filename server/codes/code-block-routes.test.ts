import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CodeBlocksAnswerSchema } from '../../shared/dossier-code/blocks-api';
import { json, startHarness, type Harness } from '../testing/harness';

describe('POST /api/codes/blocks', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.composed.close();
  });

  const blocksOf = async (username: string, spareDays: string[] = []) => {
    const jar = await h.login(username);
    const res = await h.request('/api/codes/blocks', { ...json({ spareDays }), as: jar });
    expect(res.status).toBe(200);
    return CodeBlocksAnswerSchema.parse(await res.json());
  };

  it('two devices of one unit get different home blocks for the unit of the officer’s point', async () => {
    const a = await blocksOf('tiepnhan');
    const b = await blocksOf('tiepnhan', ['261120']);
    expect(a.unitCode).toBe(b.unitCode);
    expect(a.sessionId).not.toBe(b.sessionId);
    const homeA = a.grants.find((g) => g.kind === 'home');
    const homeB = b.grants.find((g) => g.kind === 'home');
    expect(homeA?.block).not.toBe(homeB?.block);
    expect(homeA?.firstDay).toBe('261120'); // the harness clock: 2026-11-20 10:00 in Hà Nội
    expect(b.grants.some((g) => g.kind === 'lease' && g.firstDay === '261120')).toBe(true);
  });

  it('demo codes of today stay out of every grant (CB3)', async () => {
    const answer = await blocksOf('luudong', ['261120']);
    expect(answer.grants.every((g) => g.block !== 0)).toBe(true);
  });

  it('refuses roles that do not receive dossiers, and days out of range', async () => {
    const jar = await h.login('chuyenvien');
    expect((await h.request('/api/codes/blocks', { ...json({}), as: jar })).status).toBe(403);
    const officer = await h.login('tiepnhan');
    const far = await h.request('/api/codes/blocks', { ...json({ spareDays: ['261230'] }), as: officer });
    const body = CodeBlocksAnswerSchema.parse(await far.json());
    expect(body.grants.filter((g) => g.kind === 'lease')).toEqual([]);
  });
});
