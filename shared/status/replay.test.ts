import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../schemas/user';
import type { MachineEvent } from './apply';
import { DOSSIER_EVENT_TYPES, type DossierEventType } from './events';
import { replay } from './replay';
import { TERMINAL_STATUSES } from './statuses';
import { TRANSITIONS } from './transitions';

const ev = (
  type: DossierEventType,
  actorRole: Role,
  at: string,
  extra: Partial<MachineEvent> = {},
): MachineEvent => ({
  type,
  actorRole,
  at,
  ...extra,
});
const h = (day: number, hour: number): string =>
  `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00.000Z`;

describe('replay', () => {
  it('derives status and pause intervals from a full life: supplement, fee, result', () => {
    const log = [
      ev('register', 'intake_officer', h(2, 2)),
      ev('accept', 'intake_officer', h(2, 2)),
      ev('assign', 'supervisor', h(2, 3), { payload: { assigneeId: 'officer-1' } }),
      ev('start_processing', 'processing_officer', h(2, 4)),
      ev('request_supplement', 'processing_officer', h(3, 2), { reason: 'Thiếu trích lục' }),
      ev('supplement_received', 'citizen', h(5, 9)),
      ev('request_financial_obligation', 'processing_officer', h(6, 2)),
      ev('financial_obligation_fulfilled', 'intake_officer', h(6, 8)),
      ev('complete', 'processing_officer', h(9, 3)),
      ev('return_result', 'intake_officer', h(10, 2)),
    ];
    const { state, rejected } = replay(log);
    expect(rejected).toEqual([]);
    expect(state).toEqual({
      status: 10,
      acceptedAt: h(2, 2),
      assigneeId: 'officer-1',
      pauses: [
        { from: h(3, 2), to: h(5, 9), reason: 'supplement' },
        { from: h(6, 2), to: h(6, 8), reason: 'financial_obligation' },
      ],
    });
  });

  it('a supplement asked before acceptance returns to 1 and stops no clock (S2)', () => {
    const { state } = replay([
      ev('register', 'citizen', h(2, 1)),
      ev('request_supplement', 'intake_officer', h(2, 3), { reason: 'Ảnh chụp mờ' }),
    ]);
    expect(state).toEqual({ status: 5, resumeTo: 1, pauses: [] });
    const after = replay([
      ev('register', 'citizen', h(2, 1)),
      ev('request_supplement', 'intake_officer', h(2, 3), { reason: 'Ảnh chụp mờ' }),
      ev('supplement_received', 'citizen', h(3, 1)),
    ]);
    expect(after.state).toEqual({ status: 1, pauses: [] });
  });

  it('a pause ended by a skewed device clock ends when it began, never before', () => {
    const { state } = replay([
      ev('register', 'intake_officer', h(2, 2)),
      ev('accept', 'intake_officer', h(2, 2)),
      ev('request_supplement', 'intake_officer', h(3, 5), { reason: 'Thiếu giấy tờ' }),
      ev('stop', 'supervisor', h(3, 1), { reason: 'Quá hạn bổ sung' }),
    ]);
    expect(state?.status).toBe(8);
    expect(state?.pauses).toEqual([{ from: h(3, 5), to: h(3, 5), reason: 'supplement' }]);
  });

  it('skips and reports illegal events instead of stopping (review queue, never dropped)', () => {
    const log = [
      ev('accept', 'intake_officer', h(2, 1)),
      ev('register', 'citizen', h(2, 1)),
      ev('complete', 'processing_officer', h(2, 2)),
      ev('accept', 'citizen', h(2, 3)),
      ev('refuse', 'intake_officer', h(2, 4)),
      ev('accept', 'intake_officer', h(2, 5)),
    ];
    const { state, rejected } = replay(log);
    expect(state?.status).toBe(2);
    expect(rejected.map((r) => [r.index, r.error.code])).toEqual([
      [0, 'not_registered'],
      [2, 'illegal_transition'],
      [3, 'role_not_allowed'],
      [4, 'reason_required'],
    ]);
  });

  it('an empty log has no state', () => {
    expect(replay([])).toEqual({ state: null, rejected: [] });
  });
});

describe('replay: properties over arbitrary logs', () => {
  // Mostly permitted roles, so that logs travel deep into the machine rather than stop at 1.
  const arbTypeAndRole = fc.constantFrom(...DOSSIER_EVENT_TYPES).chain((type) =>
    fc.record({
      type: fc.constant(type),
      actorRole: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...TRANSITIONS[type].roles) },
        { weight: 1, arbitrary: fc.constantFrom(...ROLES) },
      ),
    }),
  );
  const arbEvent = fc
    .record({
      typeAndRole: arbTypeAndRole,
      at: fc
        .integer({ min: 0, max: 30 * 24 })
        .map((hours) => new Date(Date.UTC(2026, 2, 1) + hours * 3_600_000).toISOString()),
      reason: fc.option(fc.constantFrom('', 'Lý do'), { nil: undefined }),
      payload: fc.constant({ assigneeId: 'u1', newDueAt: '2027-01-01T00:00:00.000Z' }),
    })
    .map(({ typeAndRole, ...rest }): MachineEvent => ({ ...typeAndRole, ...rest }));

  it('never throws; invariants S1 and S2 hold; terminal statuses absorb; replay is deterministic', () => {
    fc.assert(
      fc.property(fc.array(arbEvent, { maxLength: 40 }), (body) => {
        const log = [ev('register', 'citizen', '2026-03-01T00:00:00.000Z'), ...body];
        const first = replay(log);
        expect(replay(log)).toEqual(first);
        const s = first.state;
        if (s === null) throw new Error('a log starting with register always has a state');
        expect(s.resumeTo !== undefined).toBe(s.status === 5 || s.status === 6);
        const open = s.pauses.filter((p) => p.to === undefined);
        expect(open.length).toBeLessThanOrEqual(1);
        if (open.length === 1) {
          expect(s.pauses.at(-1)?.to).toBeUndefined();
          expect([5, 6]).toContain(s.status);
        }
        for (const p of s.pauses)
          if (p.to !== undefined) expect(Date.parse(p.to)).toBeGreaterThanOrEqual(Date.parse(p.from));
        if (TERMINAL_STATUSES.includes(s.status)) {
          const more = replay([...log, ...log.filter((e) => e.type !== 'register')]);
          expect(more.state?.status).toBe(s.status);
        }
      }),
      { numRuns: 500 },
    );
  });
});
