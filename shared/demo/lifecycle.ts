import type { Channel, Deadline } from '../schemas/common';
import type { Role } from '../schemas/user';
import type { DossierEventType } from '../status/events';
import { addHours } from './clock';
import type { Rng } from './prng';
import { REASONS } from './reasons';

/** An event before it gets ids: the actor is named by role and id. */
export interface DraftEvent {
  readonly type: DossierEventType;
  readonly at: Date;
  readonly actorId: string;
  readonly actorRole: Role;
  readonly reason?: string;
  readonly payload: { readonly assigneeId?: string; readonly newDueAt?: string; readonly amountVnd?: number };
}

export interface Cast {
  readonly citizen: string;
  readonly counter: { readonly id: string; readonly role: Role };
  readonly officer: string;
  readonly supervisor: string;
}

export interface LifeInput {
  readonly channel: Channel;
  readonly receivedAt: Date;
  readonly now: Date;
  readonly deadline: Deadline;
  readonly cast: Cast;
  /** Whether the procedure may levy taxes or charges beyond the filing fee (land, construction). */
  readonly mayOweObligation: boolean;
  readonly feeVnd: number;
}

/**
 * The shortest wall-clock span a deadline can take (a working day from receipt is at least 24
 * hours; a working hour at least one, more across lunch or night), to pace the demo so that
 * lateness comes from the deliberate overruns below, not from rounding.
 */
const wallHours = ({ value, unit }: Deadline): number =>
  unit === 'working_hours' ? value * 1.5 : value * 24;

/**
 * A plausible life for one dossier, following the status machine's legal paths (status/
 * transitions.ts): most are accepted and finish, some are refused, asked to supplement, owe a
 * financial obligation, or are withdrawn. Times only move forward; everything after `now` is cut
 * off, which leaves recent dossiers at every open status.
 */
export function planLife(rng: Rng, input: LifeInput): DraftEvent[] {
  const { cast, now } = input;
  const out: DraftEvent[] = [];
  let t = input.receivedAt;
  const emit = (
    type: DossierEventType,
    actorId: string,
    actorRole: Role,
    extra: Partial<DraftEvent> = {},
  ): void => {
    out.push({ type, at: t, actorId, actorRole, payload: {}, ...extra });
  };
  const wait = (min: number, max: number): void => {
    t = addHours(t, min + rng.next() * (max - min));
  };
  const counter = (type: DossierEventType, extra: Partial<DraftEvent> = {}): void =>
    emit(type, cast.counter.id, cast.counter.role, extra);
  const online = input.channel === 'online';

  emit('register', online ? cast.citizen : cast.counter.id, online ? 'citizen' : cast.counter.role);
  if (online) wait(0.5, 20);
  const intake = rng.next();
  if (intake < 0.03) {
    counter('refuse', { reason: rng.pick(REASONS.refuse) });
    return cut(out, now);
  }
  if (intake < 0.08) {
    counter('request_supplement', { reason: rng.pick(REASONS.supplement) });
    if (!rng.chance(0.8)) return cut(out, now);
    wait(2, 72);
    emit(
      'supplement_received',
      online ? cast.citizen : cast.counter.id,
      online ? 'citizen' : cast.counter.role,
    );
  }
  counter('accept');
  const span = wallHours(input.deadline);
  wait(span * 0.01, span * 0.05);
  emit('assign', cast.supervisor, 'supervisor', { payload: { assigneeId: cast.officer } });
  wait(span * 0.01, span * 0.08);
  emit('start_processing', cast.officer, 'processing_officer');

  // Most finish well within the deadline; about one in fifteen overruns (the late ones the
  // supervisors' board exists for).
  let work = span * (rng.chance(0.07) ? 1 + rng.next() * 0.6 : 0.2 + rng.next() * 0.6);
  if (rng.chance(0.12)) {
    wait(work * 0.3, work * 0.5);
    emit('request_supplement', cast.officer, 'processing_officer', { reason: rng.pick(REASONS.supplement) });
    if (!rng.chance(0.85)) {
      wait(120, 400);
      emit('stop', cast.supervisor, 'supervisor', { reason: rng.pick(REASONS.stopNoSupplement) });
      return cut(out, now);
    }
    wait(4, 120);
    emit(
      'supplement_received',
      online ? cast.citizen : cast.counter.id,
      online ? 'citizen' : cast.counter.role,
    );
    work *= 0.6;
  }
  if (input.mayOweObligation && rng.chance(0.35)) {
    wait(work * 0.2, work * 0.4);
    emit('request_financial_obligation', cast.officer, 'processing_officer', {
      payload: { amountVnd: input.feeVnd * 20 },
    });
    wait(2, 72);
    counter('financial_obligation_fulfilled');
  }
  if (rng.chance(0.01)) {
    wait(1, work * 0.5 + 1);
    emit('request_withdrawal', cast.citizen, 'citizen', { reason: rng.pick(REASONS.withdrawal) });
    wait(2, 48);
    emit('stop', cast.supervisor, 'supervisor', { reason: rng.pick(REASONS.stopAfterWithdrawal) });
    return cut(out, now);
  }
  wait(work * 0.5, work);
  emit('complete', cast.officer, 'processing_officer');
  wait(0.5, 96);
  counter('return_result');
  return cut(out, now);
}

/** The prefix that has happened by `now` (times never decrease, so this is a prefix). */
function cut(events: DraftEvent[], now: Date): DraftEvent[] {
  return events.filter((e) => e.at.getTime() <= now.getTime());
}
