import { deadlineState, remainingWorkingMinutes, type DeadlineState } from '../../shared/calendar';
import type { Dossier } from '../../shared/schemas/dossier';
import type { WorkCalendar } from '../../shared/schemas/work-calendar';
import { PAUSED_STATUSES, TERMINAL_STATUSES } from '../../shared/status/statuses';

/**
 * Where a dossier stands against its appointment (shared/calendar D5). The appointment is the
 * latest apology slip's new date when there is one. While the clock is stopped (supplement or
 * financial obligation) the stored dueAt is stale until the pause ends, so no countdown is shown;
 * once processing is completed (9) or the dossier is closed (3, 8, 10) the clock no longer matters.
 */
export type DeadlineView =
  | {
      readonly kind: 'running';
      readonly state: DeadlineState;
      readonly remainingMinutes: number;
      readonly dueAt: string;
    }
  | { readonly kind: 'paused' }
  | { readonly kind: 'finished' };

export function deadlineView(
  d: Pick<Dossier, 'status' | 'dueAt' | 'rescheduledDueAt'>,
  now: Date,
  calendar: WorkCalendar,
): DeadlineView {
  if (PAUSED_STATUSES.includes(d.status)) return { kind: 'paused' };
  if (d.status === 9 || TERMINAL_STATUSES.includes(d.status)) return { kind: 'finished' };
  const dueAt = d.rescheduledDueAt ?? d.dueAt;
  const due = new Date(dueAt);
  return {
    kind: 'running',
    dueAt,
    state: deadlineState(now, due, { calendar }),
    remainingMinutes: remainingWorkingMinutes(now, due, { calendar }),
  };
}
