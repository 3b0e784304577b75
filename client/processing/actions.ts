import type { Role } from '../../shared/schemas/user';
import type { DossierEventType } from '../../shared/status/events';
import type { DossierState } from '../../shared/status/state';
import { TRANSITIONS } from '../../shared/status/transitions';

/**
 * The officer's steps after intake, one row each: which event it records, what the form asks,
 * which slip it produces. Who may do it from which status is NOT here: that is the machine's
 * (shared/status TRANSITIONS), read by `allows` below, so the panel and the builder can never
 * offer a step the machine would refuse. Invariants:
 *  A1. Each action records exactly one event of `event`'s type.
 *  A2. Whether a reason is required is TRANSITIONS[event].reasonRequired (T3); `inputs` only says
 *      which fields the form shows (an optional reason where the citizen benefits from one).
 *  A3. `roles` may narrow the machine's roles (taking a dossier is for those who process it),
 *      never widen them.
 *  A4. Slips: 02 from request_supplement, 03 from refuse, 04 from apologise_reschedule
 *      (Circular 01/2018/TT-VPCP templates; PRODUCT.md "Slips").
 */
export const PROCESSING_ACTIONS = [
  'take',
  'assign',
  'start_processing',
  'request_supplement',
  'supplement_received',
  'request_financial_obligation',
  'financial_obligation_fulfilled',
  'request_withdrawal',
  'apologise_reschedule',
  'stop',
  'complete',
  'refuse',
] as const;
export type ProcessingAction = (typeof PROCESSING_ACTIONS)[number];

export type ActionInput = 'reason' | 'assigneeId' | 'newDueAt' | 'amountVnd';

export const SLIP_TEMPLATES = ['02', '03', '04'] as const;
export type SlipTemplate = (typeof SLIP_TEMPLATES)[number];

export interface ActionSpec {
  readonly event: DossierEventType;
  readonly inputs: readonly ActionInput[];
  readonly roles?: readonly Role[];
  readonly slip?: SlipTemplate;
}

const spec = (event: DossierEventType, inputs: readonly ActionInput[] = [], extra = {}): ActionSpec => ({
  event,
  inputs,
  ...extra,
});

export const ACTIONS: Readonly<Record<ProcessingAction, ActionSpec>> = {
  take: spec('assign', [], { roles: ['processing_officer', 'supervisor'] }), // A3
  assign: spec('assign', ['assigneeId']),
  start_processing: spec('start_processing'),
  request_supplement: spec('request_supplement', ['reason'], { slip: '02' }),
  supplement_received: spec('supplement_received'),
  request_financial_obligation: spec('request_financial_obligation', ['amountVnd', 'reason']),
  financial_obligation_fulfilled: spec('financial_obligation_fulfilled'),
  request_withdrawal: spec('request_withdrawal', ['reason']),
  apologise_reschedule: spec('apologise_reschedule', ['reason', 'newDueAt'], { slip: '04' }),
  stop: spec('stop', ['reason']),
  complete: spec('complete'),
  refuse: spec('refuse', ['reason'], { slip: '03' }),
};

/** The event type whose latest occurrence a slip prints (A4). */
export const SLIP_EVENT: Readonly<Record<SlipTemplate, DossierEventType>> = {
  '02': 'request_supplement',
  '03': 'refuse',
  '04': 'apologise_reschedule',
};

export const reasonRequired = (action: ProcessingAction): boolean =>
  TRANSITIONS[ACTIONS[action].event].reasonRequired; // A2

/** Whether the machine lets `role` record `action` on a dossier in `state` (A3). */
export function allows(state: DossierState | null, role: Role, action: ProcessingAction): boolean {
  const a = ACTIONS[action];
  const rule = TRANSITIONS[a.event];
  if (state === null || rule.from === 'none' || !rule.from.includes(state.status)) return false;
  return rule.roles.includes(role) && (a.roles?.includes(role) ?? true);
}

/** Why the machine refuses: the status does not allow the event at all, or not for this role. */
export function refusal(
  state: DossierState,
  role: Role,
  action: ProcessingAction,
): 'not_allowed_now' | 'role_not_allowed' | null {
  if (allows(state, role, action)) return null;
  const rule = TRANSITIONS[ACTIONS[action].event];
  return rule.from !== 'none' && rule.from.includes(state.status) ? 'role_not_allowed' : 'not_allowed_now';
}

/**
 * The actions to offer `actor` now, in table order. Taking a dossier already yours is no step;
 * assigning stays offered (to hand it on).
 */
export function availableActions(
  state: DossierState | null,
  actor: { readonly id: string; readonly role: Role },
): ProcessingAction[] {
  return PROCESSING_ACTIONS.filter(
    (a) => allows(state, actor.role, a) && !(a === 'take' && state?.assigneeId === actor.id),
  );
}
