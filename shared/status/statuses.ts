import type { LocalizedText } from '../schemas/common';

/**
 * The national dictionary of dossier statuses (danh mục trạng thái hồ sơ TTHC) used by the
 * National Public Service Portal and every provincial dossier system that syncs with it; the
 * codes 1–10 are the wire values, so never renumber them. The status of a dossier is the
 * projection of its event log: under the one-stop rules (Decree 61/2018/NĐ-CP, amended by Decree
 * 107/2021/NĐ-CP) the electronic one-stop system records every step so the citizen can follow it.
 * Vietnamese labels as the national list spells them (5 reads "Yêu cầu bổ sung giấy tờ"); the
 * list was checked against several provincial systems that sync with the national portal.
 */
export const STATUS_CODES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;
export type StatusCode = (typeof STATUS_CODES)[number];

export const STATUS_KEYS = {
  1: 'registered',
  2: 'accepted',
  3: 'not_accepted',
  4: 'processing',
  5: 'supplement_requested',
  6: 'financial_obligation_requested',
  7: 'withdrawal_requested',
  8: 'stopped',
  9: 'completed',
  10: 'result_returned',
} as const satisfies Record<StatusCode, string>;
export type StatusKey = (typeof STATUS_KEYS)[StatusCode];

export const STATUS_LABELS: Record<StatusCode, LocalizedText> = {
  1: { vi: 'Mới đăng ký', en: 'Newly registered' },
  2: { vi: 'Được tiếp nhận', en: 'Accepted' },
  3: { vi: 'Không được tiếp nhận', en: 'Not accepted' },
  4: { vi: 'Đang xử lý', en: 'In processing' },
  5: { vi: 'Yêu cầu bổ sung giấy tờ', en: 'Supplement requested' },
  6: { vi: 'Yêu cầu thực hiện nghĩa vụ tài chính', en: 'Financial obligation requested' },
  7: { vi: 'Công dân yêu cầu rút hồ sơ', en: 'Withdrawal requested by the citizen' },
  8: { vi: 'Dừng xử lý', en: 'Processing stopped' },
  9: { vi: 'Đã xử lý xong', en: 'Processing completed' },
  10: { vi: 'Đã trả kết quả', en: 'Result returned' },
};

/** No event leaves these: the dossier's life is over (a new request is a new dossier). */
export const TERMINAL_STATUSES: readonly StatusCode[] = [3, 8, 10];

/** Statuses during which the legal processing time does not run (PRODUCT.md "Deadlines"). */
export const PAUSED_STATUSES: readonly StatusCode[] = [5, 6];

export const isStatusCode = (n: unknown): n is StatusCode =>
  typeof n === 'number' && (STATUS_CODES as readonly number[]).includes(n);
