import { WORKING_DAY_MINUTES } from './deadline-input';

export const DEADLINE_STATES = ['on_time', 'due_soon', 'late'] as const;
export type DeadlineState = (typeof DEADLINE_STATES)[number];

/** Due soon = at most one working day (8 working hours) left (PRODUCT.md "Deadlines"). */
export const DUE_SOON_WORKING_MINUTES = WORKING_DAY_MINUTES;

/**
 * Late is decided on instants, not on working minutes: on a Saturday after a Friday 17:00 due
 * time no working minute has passed, yet the dossier is already late. At the due instant itself
 * it is still due soon, because the due time is the last moment that is on time.
 */
export function stateOf(nowMs: number, dueMs: number, remainingWorkingMinutes: number): DeadlineState {
  if (nowMs > dueMs) return 'late';
  return remainingWorkingMinutes <= DUE_SOON_WORKING_MINUTES ? 'due_soon' : 'on_time';
}
