/** Why the device is being signed out and wiped (issue 5); each has its own screen text. */
export const SIGN_OUT_REASONS = [
  'logout',
  'session_ended',
  'offline_expired',
  'pin_failed',
  'access_changed',
] as const;
export type SignOutReason = (typeof SIGN_OUT_REASONS)[number];

export const isSignOutReason = (value: unknown): value is SignOutReason =>
  typeof value === 'string' && (SIGN_OUT_REASONS as readonly string[]).includes(value);

/** The officer chose it and may change their mind; the other reasons cannot be undone here. */
export const isVoluntary = (reason: SignOutReason): boolean => reason === 'logout';
