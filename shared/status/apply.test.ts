import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../schemas/user';
import { apply, type MachineEvent } from './apply';
import { DOSSIER_EVENT_TYPES, type DossierEventType } from './events';
import type { DossierState } from './state';
import { STATUS_CODES, type StatusCode } from './statuses';

/**
 * The legal matrix written out by hand, independently of transitions.ts: event → { from: to }.
 * 'same' = status unchanged; 'resume' = back to the status before the pause.
 */
const LEGAL: Record<
  Exclude<DossierEventType, 'register'>,
  Partial<Record<StatusCode, number | 'same' | 'resume'>>
> = {
  accept: { 1: 2 },
  refuse: { 1: 3 },
  start_processing: { 2: 4 },
  request_supplement: { 1: 5, 2: 5, 4: 5 },
  supplement_received: { 5: 'resume' },
  request_financial_obligation: { 4: 6 },
  financial_obligation_fulfilled: { 6: 4 },
  request_withdrawal: { 1: 7, 2: 7, 4: 7, 5: 7, 6: 7 },
  stop: { 2: 8, 4: 8, 5: 8, 6: 8, 7: 8 },
  complete: { 4: 9 },
  return_result: { 9: 10 },
  apologise_reschedule: { 2: 'same', 4: 'same', 5: 'same', 6: 'same' },
  assign: { 1: 'same', 2: 'same', 4: 'same', 5: 'same', 6: 'same' },
};

/** Who may do what, by hand. */
const ALLOWED: Record<DossierEventType, readonly Role[]> = {
  register: ['citizen', 'intake_officer', 'mobile_team'],
  accept: ['intake_officer', 'mobile_team'],
  refuse: ['intake_officer', 'mobile_team'],
  start_processing: ['processing_officer', 'supervisor'],
  request_supplement: ['intake_officer', 'mobile_team', 'processing_officer', 'supervisor'],
  supplement_received: ['citizen', 'intake_officer', 'mobile_team', 'processing_officer'],
  request_financial_obligation: ['processing_officer'],
  financial_obligation_fulfilled: ['intake_officer', 'mobile_team', 'processing_officer'],
  request_withdrawal: ['citizen', 'intake_officer', 'mobile_team'],
  stop: ['processing_officer', 'supervisor'],
  complete: ['processing_officer'],
  return_result: ['intake_officer', 'mobile_team'],
  apologise_reschedule: ['processing_officer', 'supervisor'],
  assign: ['intake_officer', 'processing_officer', 'supervisor'],
};

const AT = '2026-03-02T02:00:00.000Z';
const stateAt = (status: StatusCode): DossierState => ({
  status,
  pauses: status === 5 || status === 6 ? [{ from: '2026-03-01T02:00:00.000Z', reason: 'supplement' }] : [],
  acceptedAt: status === 1 ? undefined : '2026-02-27T02:00:00.000Z',
  ...(status === 5 ? { resumeTo: 4 as const } : status === 6 ? { resumeTo: 4 as const } : {}),
});
const event = (type: DossierEventType, actorRole: Role, extra: Partial<MachineEvent> = {}): MachineEvent => ({
  type,
  at: AT,
  actorRole,
  reason: 'Thiếu bản sao giấy khai sinh',
  payload: { assigneeId: 'user-7', newDueAt: '2026-03-10T10:00:00.000Z' },
  ...extra,
});
const firstRole = (type: DossierEventType): Role => ALLOWED[type][0] ?? 'administrator';

describe('apply: every status × event pair', () => {
  for (const type of DOSSIER_EVENT_TYPES) {
    for (const status of STATUS_CODES) {
      const expected = type === 'register' ? undefined : LEGAL[type][status];
      it(`${type} from ${status} → ${expected ?? 'refused'}`, () => {
        const result = apply(stateAt(status), event(type, firstRole(type)));
        if (expected === undefined) {
          expect(result).toEqual({
            ok: false,
            error: {
              code: type === 'register' ? 'already_registered' : 'illegal_transition',
              event: type,
              status,
            },
          });
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const to = expected === 'same' ? status : expected === 'resume' ? 4 : expected;
        expect(result.state.status).toBe(to);
      });
    }
  }

  it('a dossier with no events accepts only register, and from a citizen, counter or mobile team', () => {
    for (const type of DOSSIER_EVENT_TYPES) {
      const result = apply(null, event(type, firstRole(type)));
      if (type === 'register') expect(result).toEqual({ ok: true, state: { status: 1, pauses: [] } });
      else
        expect(result).toEqual({ ok: false, error: { code: 'not_registered', event: type, status: null } });
    }
  });

  it('terminal statuses 3, 8 and 10 admit no event at all (T2)', () => {
    for (const status of [3, 8, 10] as const) {
      for (const type of DOSSIER_EVENT_TYPES) {
        for (const role of ROLES) expect(apply(stateAt(status), event(type, role)).ok).toBe(false);
      }
    }
  });
});

describe('apply: every role restriction', () => {
  const legalFrom = (type: DossierEventType): DossierState | null => {
    if (type === 'register') return null;
    const from = Number(Object.keys(LEGAL[type])[0]) as StatusCode;
    return stateAt(from);
  };
  for (const type of DOSSIER_EVENT_TYPES) {
    for (const role of ROLES) {
      const allowed = ALLOWED[type].includes(role);
      it(`${type} by ${role}: ${allowed ? 'allowed' : 'role_not_allowed'}`, () => {
        const result = apply(legalFrom(type), event(type, role));
        if (allowed) expect(result.ok).toBe(true);
        else expect(result.ok ? null : result.error.code).toBe('role_not_allowed');
      });
    }
  }

  it('an administrator performs no transition: configuration is not casework', () => {
    for (const type of DOSSIER_EVENT_TYPES) expect(ALLOWED[type]).not.toContain('administrator');
  });
});

describe('apply: reasons and payloads (T3)', () => {
  const needReason = [
    'refuse',
    'request_supplement',
    'request_withdrawal',
    'stop',
    'apologise_reschedule',
  ] as const;
  const from: Record<(typeof needReason)[number], StatusCode> = {
    refuse: 1,
    request_supplement: 4,
    request_withdrawal: 4,
    stop: 4,
    apologise_reschedule: 4,
  };
  for (const type of needReason) {
    it(`${type} without a non-empty reason is refused`, () => {
      for (const reason of [undefined, '', '   \n']) {
        const result = apply(stateAt(from[type]), event(type, firstRole(type), { reason }));
        expect(result.ok ? null : result.error.code).toBe('reason_required');
      }
    });
  }

  it('events that need no reason accept none', () => {
    const result = apply(stateAt(1), event('accept', 'intake_officer', { reason: undefined }));
    expect(result.ok).toBe(true);
  });

  it('assign needs an assignee', () => {
    const result = apply(stateAt(4), event('assign', 'supervisor', { payload: {} }));
    expect(result).toEqual({
      ok: false,
      error: { code: 'payload_invalid', event: 'assign', status: 4, field: 'assigneeId' },
    });
  });

  it('an apology needs a new appointment that is a valid instant after the apology', () => {
    for (const newDueAt of [undefined, 'next week', '2026-03-01T00:00:00.000Z', AT]) {
      const result = apply(
        stateAt(4),
        event('apologise_reschedule', 'supervisor', { payload: { newDueAt } }),
      );
      expect(result.ok ? null : result.error.field).toBe('newDueAt');
    }
    const ok = apply(stateAt(4), event('apologise_reschedule', 'supervisor'));
    expect(ok.ok && ok.state.rescheduledDueAt).toBe('2026-03-10T10:00:00.000Z');
  });
});
