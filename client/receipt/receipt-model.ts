import type { Dossier, DossierDocument } from '../../shared/schemas/dossier';
import type { Procedure, RequiredDocument } from '../../shared/schemas/procedure';
import type { ServicePoint } from '../../shared/schemas/service-point';

/**
 * What slip 01 says, computed from the device's own data (the receipt prints offline). Legal
 * form: Mẫu số 01 "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", Phụ lục of Circular 01/2018/TT-VPCP
 * of 23/11/2018 (guiding Decree 61/2018/NĐ-CP Art. 15, as amended by Decree 107/2021/NĐ-CP;
 * carried over under Decree 118/2025/NĐ-CP, PRODUCT.md "Slips"). Its fields, top to bottom:
 * governing body and receiving unit, "Số", place and date; title; "Mã hồ sơ"; the receiving
 * section; "Tiếp nhận hồ sơ của", address, phone, email; "Nội dung yêu cầu giải quyết"; 1. the
 * documents submitted; 2. number of sets; 3. the legal processing time; 4. time of receipt;
 * 5. time the result is returned; 6. where the result is collected; signatures of the person who
 * filed and the officer who received. Invariants:
 *  R1. Personal data is only what the form itself asks for: name, address, phone, email when the
 *      dossier holds one. Never the citizen ID, date of birth, fee or attachments.
 *  R2. The slip number is the dossier code: the code is unique per receiving unit and day
 *      (dossier-code/scheme.ts), which is what the form's "Số" is for.
 *  R3. The appointment is the one the citizen holds now: the apology slip's new date when there
 *      was one (rescheduledDueAt), else the computed due time.
 *  R4. The form's "Vào Sổ theo dõi hồ sơ, Quyển số…, Số thứ tự…" line is left out: the electronic
 *      event log replaces the paper tracking book (slip 06), and the code already identifies it.
 */
export interface ReceiptDocumentLine {
  readonly name: string;
  readonly originals: number;
  readonly copies: number;
  readonly handling: RequiredDocument['handling'];
  readonly state: DossierDocument['state'];
}

export interface ReceiptModel {
  /** Top line: the center the point belongs to (the form's "tên cơ quan chủ quản"). */
  readonly authority: string;
  /** The receiving point when it is not the center itself (branch, station, ward point). */
  readonly receivingUnit: string | null;
  readonly place: string;
  readonly code: string;
  readonly applicant: {
    readonly fullName: string;
    readonly address: string;
    readonly phone: string;
    readonly email: string | null;
  };
  readonly procedureName: string;
  readonly documents: readonly ReceiptDocumentLine[];
  readonly deadline: Procedure['deadline'];
  readonly channel: Dossier['channel'];
  readonly receivedAt: string;
  readonly appointmentAt: string;
  /** Where the result is collected; null for an electronic result (nothing to collect). */
  readonly delivery: { readonly method: Dossier['resultDelivery']['method']; readonly where: string | null };
  readonly officerName: string;
}

export interface ReceiptSources {
  readonly dossier: Dossier;
  readonly procedure: Procedure;
  /** The receiving point and every service point, to find the center it belongs to. */
  readonly servicePoints: readonly ServicePoint[];
  readonly officerName: string;
}

/** The center at the root of `point`'s parent chain; the point itself when it has no parent. */
export function rootOf(point: ServicePoint, all: readonly ServicePoint[]): ServicePoint {
  const byId = new Map(all.map((p) => [p.id as string, p]));
  let current = point;
  // Bounded by the number of points: a malformed cycle in synced data cannot hang the print.
  for (let i = 0; i < all.length && current.parentId !== undefined; i++) {
    const parent = byId.get(current.parentId);
    if (parent === undefined) break;
    current = parent;
  }
  return current;
}

/**
 * The place written before the date ("Hà Nội, ngày …"): the last part of the center's address
 * without its "thành phố"/"tỉnh" prefix, as official letters write it.
 */
export function placeOf(address: string): string {
  const last = address.split(',').at(-1)?.trim() ?? '';
  return last.replace(/^(thành phố|tỉnh|tp\.?)\s+/i, '');
}

export function buildReceipt(src: ReceiptSources): ReceiptModel | null {
  const { dossier, procedure } = src;
  const point = src.servicePoints.find((p) => p.id === dossier.receivingPointId);
  if (point === undefined) return null;
  const root = rootOf(point, src.servicePoints);
  const states = new Map(dossier.documents.map((d) => [d.requirementId, d.state]));
  const r = dossier.resultDelivery;
  return {
    authority: root.name.vi,
    receivingUnit: root.id === point.id ? null : point.name.vi,
    place: placeOf(root.address),
    code: dossier.code, // R2
    applicant: {
      // R1
      fullName: dossier.applicant.fullName,
      address: dossier.applicant.address,
      phone: dossier.applicant.phone,
      email: dossier.applicant.email ?? null,
    },
    procedureName: procedure.name.vi,
    documents: procedure.documents.map((d) => ({
      name: d.name.vi,
      originals: d.originals,
      copies: d.copies,
      handling: d.handling,
      state: states.get(d.id) ?? 'missing',
    })),
    deadline: procedure.deadline,
    channel: dossier.channel,
    receivedAt: dossier.receivedAt,
    appointmentAt: dossier.rescheduledDueAt ?? dossier.dueAt, // R3
    delivery: {
      method: r.method,
      where:
        r.method === 'postal'
          ? (r.address ?? dossier.applicant.address)
          : r.method === 'counter'
            ? `${point.name.vi} — ${point.address}`
            : null,
    },
    officerName: src.officerName,
  };
}

/** The public lookup address the QR code carries: the citizen's phone opens it directly. */
export const lookupUrl = (origin: string, code: string): string =>
  `${origin.replace(/\/+$/, '')}/lookup?code=${encodeURIComponent(code)}`;

const two = (n: number): string => String(n).padStart(2, '0');
const VN_OFFSET_MS = 7 * 3_600_000;

/** Parts of an instant in Vietnam time (UTC+7 all year), for the form's "… giờ … phút, ngày …". */
export function vnParts(instant: string): { h: string; m: string; d: string; mo: string; y: string } | null {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) return null;
  const v = new Date(ms + VN_OFFSET_MS);
  return {
    h: two(v.getUTCHours()),
    m: two(v.getUTCMinutes()),
    d: two(v.getUTCDate()),
    mo: two(v.getUTCMonth() + 1),
    y: String(v.getUTCFullYear()),
  };
}
