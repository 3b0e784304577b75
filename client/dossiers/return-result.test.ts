import { describe, expect, it } from 'vitest';
import { DossierEventSchema } from '../../shared/schemas/dossier-event';
import { DossierSchema } from '../../shared/schemas/dossier';
import { dossier, testUuid } from '../db/testing/fixtures';
import type { Actor } from './demo-actor';
import { instantToVnLocal, returnResult, vnLocalToInstant, type ReturnInput } from './return-result';

const completed = dossier(1, { status: 9, resultDelivery: { method: 'postal', address: 'Số 2 Hàng Bài' } });
const officer: Actor = { id: 'counter-hn-tt', role: 'intake_officer' };
const now = new Date('2026-01-20T03:00:00.000Z');
const input: ReturnInput = {
  recipientName: '  Nguyễn Văn An ',
  method: 'counter',
  address: '',
  returnedAt: '2026-01-20T02:30:00.000Z',
};
const run = (over: Partial<ReturnInput> = {}, d = completed, actor = officer) =>
  returnResult(d, { ...input, ...over }, actor, now, testUuid(99));

describe('returnResult (status 9 → 10)', () => {
  it('RR1–RR3: writes a return_result event in the dossier’s scope and moves the status cache to 10', () => {
    const r = run();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.event).toMatchObject({
      id: testUuid(99),
      dossierId: completed.id,
      type: 'return_result',
      at: '2026-01-20T02:30:00.000Z',
      actorId: 'counter-hn-tt',
      actorRole: 'intake_officer',
      receivingPointId: completed.receivingPointId,
      field: completed.field,
    });
    expect(r.dossier.status).toBe(10);
    expect(r.dossier.updatedAt).toBe(now.toISOString());
    // RR4: a counter return keeps no postal address.
    expect(r.dossier.resultDelivery).toEqual({
      method: 'counter',
      recipientName: 'Nguyễn Văn An',
      returnedAt: '2026-01-20T02:30:00.000Z',
    });
    // RR6: both pass their schemas.
    expect(DossierSchema.safeParse(r.dossier).success).toBe(true);
    expect(DossierEventSchema.safeParse(r.event).success).toBe(true);
  });

  it('RR4: a postal return records the address and needs one', () => {
    const r = run({ method: 'postal', address: ' Số 9 Lý Thái Tổ ' });
    expect(r.ok && r.dossier.resultDelivery).toEqual({
      method: 'postal',
      address: 'Số 9 Lý Thái Tổ',
      recipientName: 'Nguyễn Văn An',
      returnedAt: '2026-01-20T02:30:00.000Z',
    });
    expect(run({ method: 'postal', address: '  ' })).toEqual({ ok: false, error: 'address_required' });
  });

  it('RR1: only from status 9, and only by a counter role', () => {
    for (const status of [2, 4, 10] as const)
      expect(run({}, { ...completed, status })).toEqual({ ok: false, error: 'not_completed' });
    expect(run({}, completed, { id: 'officer-1', role: 'processing_officer' })).toEqual({
      ok: false,
      error: 'role_not_allowed',
    });
    expect(run({}, completed, { id: 'mobile-1', role: 'mobile_team' }).ok).toBe(true);
  });

  it('needs a recipient name', () => {
    expect(run({ recipientName: ' ' })).toEqual({ ok: false, error: 'recipient_required' });
    expect(run({ recipientName: 'x'.repeat(129) })).toEqual({ ok: false, error: 'recipient_required' });
  });

  it('RR5: a real time, not in the future, not before receipt', () => {
    expect(run({ returnedAt: 'yesterday' })).toEqual({ ok: false, error: 'time_invalid' });
    expect(run({ returnedAt: '2026-01-20T03:05:00.000Z' })).toEqual({ ok: false, error: 'time_in_future' });
    expect(run({ returnedAt: '2026-01-20T03:00:30.000Z' }).ok).toBe(true); // clock slack
    expect(run({ returnedAt: '2026-01-01T00:00:00.000Z' })).toEqual({
      ok: false,
      error: 'time_before_received',
    });
  });

  it('does not change the input dossier', () => {
    const before = JSON.stringify(completed);
    run();
    expect(JSON.stringify(completed)).toBe(before);
  });
});

describe('Vietnam-time form values', () => {
  it('reads datetime-local as UTC+7 and writes it back', () => {
    expect(vnLocalToInstant('2026-01-20T09:30')).toBe('2026-01-20T02:30:00.000Z');
    expect(vnLocalToInstant('2026-01-20')).toBeNull();
    expect(instantToVnLocal(new Date('2026-01-20T17:30:00.000Z'))).toBe('2026-01-21T00:30');
  });
});
