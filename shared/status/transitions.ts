import type { Role } from '../schemas/user';
import type { DossierEventType } from './events';
import type { StatusCode } from './statuses';

/**
 * The legal transitions: for each event, the statuses it may leave from, where it goes, who may
 * perform it, and what it must carry. Legal basis: Decree 61/2018/NĐ-CP on the one-stop mechanism
 * (Art. 15 receiving: receipt 01, supplement 02 or refusal 03; Art. 16–17 transfer and processing,
 * apology 04 when late; Art. 18 returning results), as amended by Decree 107/2021/NĐ-CP, and
 * Circular 01/2018/TT-VPCP; statuses from the national dictionary (statuses.ts).
 *
 * Invariants:
 *  T1. `from: 'none'` only for `register`: a dossier's log starts with exactly one register.
 *  T2. No event leaves a terminal status (3, 8, 10).
 *  T3. Refusal, supplement, stop and withdrawal carry a non-empty reason: the citizen receives it
 *      in writing (slips 02, 03; the stop/withdrawal decision), so the log must hold it. The
 *      apology (slip 04) states why the dossier is late, so it needs one too.
 *  T4. `to: 'same'` events change no status; `to: 'resume'` returns to the status the dossier had
 *      before the pause (see apply.ts).
 */
export type Target = StatusCode | 'same' | 'resume';
export type PayloadKey = 'assigneeId' | 'newDueAt';

export interface Transition {
  readonly from: 'none' | readonly StatusCode[];
  readonly to: Target;
  readonly roles: readonly Role[];
  readonly reasonRequired: boolean;
  readonly payloadRequired: readonly PayloadKey[];
}

const COUNTER: readonly Role[] = ['intake_officer', 'mobile_team'];
const OFFICERS: readonly Role[] = ['processing_officer', 'supervisor'];
/** Statuses in which the dossier is still being worked and can be withdrawn, assigned, late. */
const OPEN: readonly StatusCode[] = [1, 2, 4, 5, 6];

const t = (
  from: Transition['from'],
  to: Target,
  roles: readonly Role[],
  reasonRequired = false,
  payloadRequired: readonly PayloadKey[] = [],
): Transition => ({ from, to, roles, reasonRequired, payloadRequired });

export const TRANSITIONS: Readonly<Record<DossierEventType, Transition>> = {
  // Citizens register online; counter staff register what is handed to them (then accept).
  register: t('none', 1, ['citizen', ...COUNTER]),
  accept: t([1], 2, COUNTER),
  refuse: t([1], 3, COUNTER, true),
  // Starting work is the competent department's act; a supervisor may do it when routing.
  start_processing: t([2], 4, OFFICERS),
  // Before acceptance the counter asks (Art. 15, slip 02); afterwards the department does.
  request_supplement: t([1, 2, 4], 5, [...COUNTER, ...OFFICERS], true),
  // Supplements come in online (citizen), at a counter, or straight to the department.
  supplement_received: t([5], 'resume', ['citizen', ...COUNTER, 'processing_officer']),
  request_financial_obligation: t([4], 6, ['processing_officer']),
  // Payment is confirmed by whoever collects or verifies it; a citizen's claim is not proof.
  financial_obligation_fulfilled: t([6], 4, [...COUNTER, 'processing_officer']),
  // A citizen asks online, or in writing at a counter where the officer records it.
  request_withdrawal: t(OPEN, 7, ['citizen', ...COUNTER], true),
  stop: t([2, 4, 5, 6, 7], 8, OFFICERS, true),
  complete: t([4], 9, ['processing_officer']),
  return_result: t([9], 10, COUNTER),
  apologise_reschedule: t([2, 4, 5, 6], 'same', OFFICERS, true, ['newDueAt']),
  assign: t(OPEN, 'same', ['intake_officer', ...OFFICERS], false, ['assigneeId']),
};

export const transitionOf = (type: DossierEventType): Transition => TRANSITIONS[type];
