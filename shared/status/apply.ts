import { InstantSchema } from '../schemas/common';
import type { Role } from '../schemas/user';
import type { TransitionError, TransitionErrorCode } from './errors';
import type { DossierEventType, PauseReason } from './events';
import type { DossierState, Pause } from './state';
import { PAUSED_STATUSES, type StatusCode } from './statuses';
import { TRANSITIONS } from './transitions';

/** The part of a DossierEvent the machine reads (the schema's type is assignable to it). */
export interface MachineEvent {
  readonly type: DossierEventType;
  readonly at: string;
  readonly actorRole: Role;
  readonly reason?: string | undefined;
  readonly payload?: { readonly assigneeId?: string | undefined; readonly newDueAt?: string | undefined };
}

export type ApplyResult =
  | { readonly ok: true; readonly state: DossierState }
  | { readonly ok: false; readonly error: TransitionError };

const ms = (instant: string): number => Date.parse(instant);

/**
 * Applies one event. Pure and total: it never throws. Checks run in a fixed order, and the
 * first failing one is reported: registration (T1), status (illegal_transition), role, reason,
 * payload — so a wrong event from a wrong role reads as illegal_transition.
 */
export function apply(state: DossierState | null, event: MachineEvent): ApplyResult {
  const rule = TRANSITIONS[event.type];
  const status = state?.status ?? null;
  const fail = (code: TransitionErrorCode, field?: string): ApplyResult => ({
    ok: false,
    error: { code, event: event.type, status, ...(field === undefined ? {} : { field }) },
  });

  if (state === null) {
    if (rule.from !== 'none') return fail('not_registered');
  } else if (rule.from === 'none') {
    return fail('already_registered');
  } else if (!rule.from.includes(state.status)) {
    return fail('illegal_transition');
  }
  if (!rule.roles.includes(event.actorRole)) return fail('role_not_allowed');
  if (rule.reasonRequired && (event.reason ?? '').trim() === '') return fail('reason_required');
  for (const key of rule.payloadRequired) {
    const value = event.payload?.[key];
    if (value === undefined || value.trim() === '') return fail('payload_invalid', key);
    if (key === 'newDueAt' && (!InstantSchema.safeParse(value).success || ms(value) <= ms(event.at))) {
      return fail('payload_invalid', key);
    }
  }
  return { ok: true, state: next(state, event) };
}

/** The successor state of an event already known to be legal. */
function next(state: DossierState | null, event: MachineEvent): DossierState {
  if (state === null) return { status: 1, pauses: [] };
  const rule = TRANSITIONS[event.type];
  switch (event.type) {
    case 'assign':
      return { ...state, assigneeId: event.payload?.assigneeId ?? '' };
    case 'apologise_reschedule':
      return { ...state, rescheduledDueAt: event.payload?.newDueAt ?? '' };
    case 'accept':
      return { ...state, status: 2, acceptedAt: event.at };
    case 'request_supplement':
      return pause(state, 5, state.status, 'supplement', event.at);
    case 'request_financial_obligation':
      return pause(state, 6, 4, 'financial_obligation', event.at);
    default: {
      const to: StatusCode =
        rule.to === 'resume' ? (state.resumeTo ?? 4) : rule.to === 'same' ? state.status : rule.to;
      return leave(state, to, event.at);
    }
  }
}

/** Enters 5 or 6; the clock stops only if it had started (S2). */
function pause(
  state: DossierState,
  status: StatusCode,
  resumeTo: StatusCode,
  reason: PauseReason,
  at: string,
): DossierState {
  const pauses: readonly Pause[] =
    state.acceptedAt === undefined ? state.pauses : [...state.pauses, { from: at, reason }];
  return { ...state, status, resumeTo, pauses };
}

/**
 * Moves to `to`, closing the open pause when leaving 5 or 6 (S1, S2). Event times come from
 * device clocks that may disagree: a pause that would end before it began ends when it began.
 */
function leave(state: DossierState, to: StatusCode, at: string): DossierState {
  const { resumeTo: _dropped, ...rest } = state;
  if (!PAUSED_STATUSES.includes(state.status)) return { ...rest, status: to };
  const last = state.pauses.at(-1);
  if (last === undefined || last.to !== undefined) return { ...rest, status: to };
  const end = ms(at) < ms(last.from) ? last.from : at;
  return { ...rest, status: to, pauses: [...state.pauses.slice(0, -1), { ...last, to: end }] };
}
