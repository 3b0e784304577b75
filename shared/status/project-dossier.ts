import { tryComputeDueAt, type DeadlineArgument } from '../calendar';
import type { Dossier } from '../schemas/dossier';
import type { WorkCalendar } from '../schemas/work-calendar';
import type { MachineEvent } from './apply';
import { replay } from './replay';
import type { DossierState } from './state';

/**
 * The dossier's cached view of its event log (DossierSchema D1, D2), pure. Used by the device that
 * records a step (its own write) and by the server after it stores events (sync/SPEC.md EVT6), so
 * both compute the same cache and a device's stale cache never outlives the log. Invariants:
 *  P1. status, pauses, rescheduledDueAt and assigneeId are those of replay(events), events in the
 *      order given (the server's order); refused events count for nothing.
 *  P2. dueAt = computeDueAt(start, deadline, closed pauses), start = the accept event's instant
 *      (the legal clock starts on acceptance), else receivedAt. An open pause is left out: while
 *      the clock is stopped the stored dueAt is stale and shown as "paused" (client deadline.ts);
 *      closing the pause moves it later by exactly the paused working time.
 *  P3. A log without an accepted `register` leaves the dossier as it is (nothing to project).
 *  P4. No deadline, or one the calendar cannot compute, leaves dueAt as it is; dueAt is never
 *      earlier than receivedAt (DossierSchema's refinement).
 *  P5. `changed` is false exactly when every projected field already had its value, so callers
 *      write nothing then (no sync traffic for a no-op).
 */
export interface ProjectionContext {
  /** The procedure's legal deadline; undefined when the procedure is unknown here. */
  readonly deadline: DeadlineArgument | undefined;
  readonly calendar?: WorkCalendar;
}

export interface Projection {
  readonly dossier: Dossier;
  readonly changed: boolean;
  /** The machine's state after the log; null when it holds no accepted register (P3). */
  readonly state: DossierState | null;
}

export function projectDossier(
  dossier: Dossier,
  events: readonly MachineEvent[],
  ctx: ProjectionContext,
): Projection {
  const { state } = replay(events); // P1
  if (state === null) return { dossier, changed: false, state }; // P3
  const { rescheduledDueAt: _r, assigneeId: _a, ...base } = dossier;
  const next: Dossier = {
    ...base,
    status: state.status,
    pauses: state.pauses.map((p) => ({ ...p })),
    dueAt: dueAtOf(dossier, state, ctx),
    ...(state.rescheduledDueAt === undefined ? {} : { rescheduledDueAt: state.rescheduledDueAt }),
    ...(state.assigneeId === undefined || state.assigneeId === ''
      ? {}
      : { assigneeId: state.assigneeId as NonNullable<Dossier['assigneeId']> }),
  };
  return { dossier: next, changed: differs(dossier, next), state }; // P5
}

function dueAtOf(dossier: Dossier, state: DossierState, ctx: ProjectionContext): string {
  if (ctx.deadline === undefined) return dossier.dueAt; // P4
  const start = new Date(state.acceptedAt ?? dossier.receivedAt);
  const pauses = state.pauses.flatMap((p) =>
    p.to === undefined ? [] : [{ from: new Date(p.from), to: new Date(p.to) }],
  );
  const due = tryComputeDueAt(start, ctx.deadline, {
    pauses,
    ...(ctx.calendar === undefined ? {} : { calendar: ctx.calendar }),
  });
  if (!due.ok || due.dueAt.getTime() < Date.parse(dossier.receivedAt)) return dossier.dueAt; // P4
  return due.dueAt.toISOString();
}

const PROJECTED = ['status', 'pauses', 'dueAt', 'rescheduledDueAt', 'assigneeId'] as const;

function differs(before: Dossier, after: Dossier): boolean {
  return PROJECTED.some((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}
