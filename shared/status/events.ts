/**
 * What can happen to a dossier. Each is one append-only event; statuses are derived from them.
 * Slip templates are those of Circular 01/2018/TT-VPCP (carried over under Decree 118/2025/NĐ-CP,
 * PRODUCT.md "Slips"): 01 receipt and appointment, 02 supplement request, 03 refusal, 04 apology
 * with a new appointment.
 */
export const DOSSIER_EVENT_TYPES = [
  'register', // dossier arrives (counter, online, postal, mobile station): status 1
  'accept', // complete and valid, receipt slip 01 issued: 1 → 2
  'refuse', // not accepted, slip 03 with the reason: 1 → 3
  'start_processing', // the competent officer takes it up: 2 → 4
  'request_supplement', // slip 02: → 5; the clock stops once the dossier was accepted
  'supplement_received', // 5 → back where it was (1 before acceptance, else 4)
  'request_financial_obligation', // taxes, fees due before the result: 4 → 6, clock stops
  'financial_obligation_fulfilled', // 6 → 4
  'request_withdrawal', // the citizen asks to withdraw: → 7
  'stop', // processing stopped (withdrawal granted or cannot proceed): → 8
  'complete', // result ready: 4 → 9
  'return_result', // result handed over or posted: 9 → 10
  'apologise_reschedule', // late: slip 04 with a new appointment; status unchanged
  'assign', // routed to an officer; status unchanged
] as const;
export type DossierEventType = (typeof DOSSIER_EVENT_TYPES)[number];

/** Why the legal clock stops (see PAUSED_STATUSES). */
export const PAUSE_REASONS = ['supplement', 'financial_obligation'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];
