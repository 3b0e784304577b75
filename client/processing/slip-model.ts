import type { Dossier } from '../../shared/schemas/dossier';
import type { DossierEvent } from '../../shared/schemas/dossier-event';
import type { Procedure } from '../../shared/schemas/procedure';
import type { ServicePoint } from '../../shared/schemas/service-point';
import { replay } from '../../shared/status/replay';
import { placeOf, rootOf } from '../receipt/receipt-model';
import { SLIP_EVENT, type SlipTemplate } from './actions';

/**
 * What slips 02, 03 and 04 say (Circular 01/2018/TT-VPCP, templates 02 "Phiếu yêu cầu bổ sung,
 * hoàn thiện hồ sơ", 03 "Phiếu từ chối tiếp nhận giải quyết hồ sơ", 04 "Phiếu xin lỗi và hẹn lại
 * ngày trả kết quả"; Decree 61/2018/NĐ-CP Art. 15, 19 as amended by Decree 107/2021/NĐ-CP, kept
 * under Decree 118/2025/NĐ-CP), computed from the device's data so they print offline. Invariants:
 *  SL1. The content comes from the event that produced the slip — the latest event of its type in
 *       the log (A4): its reason (what is missing, why refused, why late), its time (the slip's
 *       date), its actor (who asked), and for 04 its new appointment. Never from the dossier's
 *       cached fields, which a later step may have moved on.
 *  SL2. Slip 04 also states the appointment the citizen held before: the log's rescheduled date up
 *       to that event, else the computed due time.
 *  SL3. The number is the dossier code, as on slip 01 (receipt-model.ts R2); the issuer lines are
 *       those of slip 01 (the center, and the receiving point below it).
 *  SL4. Personal data is what the forms ask: name, address and phone of the person who filed.
 */
export interface SlipModel {
  readonly template: SlipTemplate;
  readonly authority: string;
  readonly receivingUnit: string | null;
  readonly place: string;
  readonly code: string;
  readonly issuedAt: string;
  readonly applicant: { readonly fullName: string; readonly address: string; readonly phone: string };
  readonly procedureName: string;
  readonly reason: string;
  readonly signer: string;
  readonly receivedAt: string;
  /** 04 only (SL2). */
  readonly previousDueAt: string | null;
  readonly newDueAt: string | null;
}

export interface SlipSources {
  readonly template: SlipTemplate;
  readonly dossier: Dossier;
  /** The dossier's events in stored order (stored-order.ts). */
  readonly log: readonly DossierEvent[];
  readonly procedure: Procedure | undefined;
  readonly servicePoints: readonly ServicePoint[];
  /** The name to sign with for an actor id (the signed-in user's display name, else the id). */
  readonly nameOf: (actorId: string) => string;
}

export type SlipOutcome =
  | { readonly ok: true; readonly slip: SlipModel }
  | { readonly ok: false; readonly error: 'none' | 'catalogue_missing' };

export function buildSlip(src: SlipSources): SlipOutcome {
  const { dossier, log } = src;
  const index = log.findLastIndex((e) => e.type === SLIP_EVENT[src.template]); // SL1
  const event = log[index];
  if (event === undefined) return { ok: false, error: 'none' };
  const point = src.servicePoints.find((p) => p.id === dossier.receivingPointId);
  if (point === undefined || src.procedure === undefined) return { ok: false, error: 'catalogue_missing' };
  const root = rootOf(point, src.servicePoints);
  const before = replay(log.slice(0, index)).state; // SL2
  return {
    ok: true,
    slip: {
      template: src.template,
      authority: root.name.vi,
      receivingUnit: root.id === point.id ? null : point.name.vi,
      place: placeOf(root.address),
      code: dossier.code, // SL3
      issuedAt: event.at,
      applicant: {
        fullName: dossier.applicant.fullName,
        address: dossier.applicant.address,
        phone: dossier.applicant.phone,
      }, // SL4
      procedureName: src.procedure.name.vi,
      reason: event.reason ?? '',
      signer: src.nameOf(event.actorId),
      receivedAt: before?.acceptedAt ?? dossier.receivedAt,
      previousDueAt: src.template === '04' ? (before?.rescheduledDueAt ?? dossier.dueAt) : null,
      newDueAt: src.template === '04' ? (event.payload.newDueAt ?? null) : null,
    },
  };
}

/** The templates this dossier's log has produced, for the links on its page (A4). */
export const slipsOf = (log: readonly DossierEvent[]): SlipTemplate[] =>
  (['02', '03', '04'] as const).filter((t) => log.some((e) => e.type === SLIP_EVENT[t]));
