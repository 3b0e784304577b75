import type { DeadlineUnit } from '../schemas/common';
import { CalendarError } from './errors';
import { MINUTE_MS } from './time';

/** A working day is 8 working hours counted from the moment of receipt (PRODUCT.md). */
export const WORKING_DAY_MINUTES = 480;

export interface DeadlineInput {
  value: number;
  unit: DeadlineUnit;
}

export type CheckedDeadline =
  { kind: 'working'; requiredMs: number } | { kind: 'calendar_days'; days: number };

/** Runtime guard: callers may be plain JS or data from the wire despite the static types. */
export function instantMs(value: unknown, what: string): number {
  const ms = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new CalendarError('invalid_date', `${what} is not a valid Date`);
  return ms;
}

/**
 * Working time is kept in whole milliseconds (rounded, at least 1) so that sums and comparisons
 * are exact; fractional deadlines such as 0.5 working days are allowed.
 */
export function checkDeadline(deadline: DeadlineInput): CheckedDeadline {
  const candidate = deadline as Partial<DeadlineInput> | null | undefined;
  const value = candidate?.value;
  const unit = candidate?.unit;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new CalendarError(
      'invalid_deadline',
      `deadline value must be a finite number > 0, got ${String(value)}`,
    );
  }
  switch (unit) {
    case 'working_days':
      return {
        kind: 'working',
        requiredMs: Math.max(1, Math.round(value * WORKING_DAY_MINUTES * MINUTE_MS)),
      };
    case 'working_hours':
      return { kind: 'working', requiredMs: Math.max(1, Math.round(value * 60 * MINUTE_MS)) };
    case 'calendar_days':
      if (!Number.isInteger(value))
        throw new CalendarError('invalid_deadline', 'calendar days must be a whole number');
      return { kind: 'calendar_days', days: value };
    default:
      throw new CalendarError('invalid_deadline', `unknown deadline unit ${String(unit)}`);
  }
}
