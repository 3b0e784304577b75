import type { z } from 'zod';
import type { Locale } from '../i18n';

/**
 * Stable validation codes and their UI text in Vietnamese and English.
 *
 * Invariant: every refinement in shared/schemas sets `error: <one of VALIDATION_CODES>`, so a zod
 * issue's `message` is either one of these codes or zod's own English text; `issueMessage` maps
 * the latter onto the generic codes below, so the UI never shows raw zod English to a citizen.
 */
export const VALIDATION_CODES = [
  // generic fallbacks for zod's built-in checks
  'required',
  'value_invalid',
  'too_long',
  'too_short',
  'format_invalid',
  // domain refinements
  'citizen_id_invalid',
  'citizen_id_province_unknown',
  'citizen_id_birth_year_mismatch',
  'phone_invalid',
  'email_invalid',
  'date_invalid',
  'instant_invalid',
  'uuid_invalid',
  'dossier_code_invalid',
  'due_before_received',
  'paid_at_required',
  'pause_order_invalid',
  'delivery_address_required',
  'document_attachment_required',
  'reason_required',
  'event_payload_invalid',
  'stars_invalid',
  'feedback_contact_required',
  'user_scope_invalid',
  'ticket_state_inconsistent',
] as const;
export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** The UI languages (shared/i18n). */
export type Lang = Locale;

const MESSAGES: Record<ValidationCode, Record<Lang, string>> = {
  required: { vi: 'Trường này là bắt buộc.', en: 'This field is required.' },
  value_invalid: { vi: 'Giá trị không hợp lệ.', en: 'Invalid value.' },
  too_long: { vi: 'Nội dung quá dài.', en: 'Too long.' },
  too_short: { vi: 'Nội dung quá ngắn.', en: 'Too short.' },
  format_invalid: { vi: 'Sai định dạng.', en: 'Wrong format.' },
  citizen_id_invalid: {
    vi: 'Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số.',
    en: 'The citizen ID (CCCD) must be exactly 12 digits.',
  },
  citizen_id_province_unknown: {
    vi: 'Ba chữ số đầu của CCCD không phải mã tỉnh nơi đăng ký khai sinh.',
    en: 'The first three digits of the citizen ID are not a province-of-birth-registration code.',
  },
  citizen_id_birth_year_mismatch: {
    vi: 'Mã thế kỷ và năm sinh trong CCCD không khớp với ngày sinh.',
    en: 'The century and birth-year digits of the citizen ID do not match the date of birth.',
  },
  phone_invalid: {
    vi: 'Số điện thoại không hợp lệ (di động 10 số đầu 03, 05, 07, 08, 09 hoặc cố định 11 số đầu 02).',
    en: 'Invalid phone number (10-digit mobile starting 03, 05, 07, 08, 09 or 11-digit landline starting 02).',
  },
  email_invalid: { vi: 'Địa chỉ thư điện tử không hợp lệ.', en: 'Invalid email address.' },
  date_invalid: { vi: 'Ngày không hợp lệ (YYYY-MM-DD).', en: 'Invalid date (YYYY-MM-DD).' },
  instant_invalid: { vi: 'Thời điểm không hợp lệ.', en: 'Invalid date and time.' },
  uuid_invalid: { vi: 'Mã định danh không hợp lệ.', en: 'Invalid identifier.' },
  dossier_code_invalid: { vi: 'Mã hồ sơ không hợp lệ.', en: 'Invalid dossier code.' },
  due_before_received: {
    vi: 'Ngày hẹn trả không được trước ngày tiếp nhận.',
    en: 'The due date cannot be before the date of receipt.',
  },
  paid_at_required: {
    vi: 'Cần ghi thời điểm nộp phí, lệ phí.',
    en: 'The time of payment is required.',
  },
  pause_order_invalid: {
    vi: 'Thời điểm kết thúc tạm dừng phải sau thời điểm bắt đầu.',
    en: 'A pause must end after it starts.',
  },
  delivery_address_required: {
    vi: 'Cần địa chỉ nhận kết quả qua bưu chính.',
    en: 'A delivery address is required for postal return.',
  },
  document_attachment_required: {
    vi: 'Giấy tờ đã số hóa phải có ít nhất một tệp đính kèm.',
    en: 'A digitised document needs at least one attachment.',
  },
  reason_required: { vi: 'Cần nêu rõ lý do.', en: 'A reason is required.' },
  event_payload_invalid: {
    vi: 'Thông tin kèm theo thao tác không đầy đủ.',
    en: 'The action is missing required details.',
  },
  stars_invalid: { vi: 'Đánh giá từ 1 đến 5 sao.', en: 'Ratings are 1 to 5 stars.' },
  feedback_contact_required: {
    vi: 'Cần ít nhất một cách liên hệ (điện thoại, thư điện tử hoặc địa chỉ).',
    en: 'At least one way to contact you is required (phone, email or address).',
  },
  user_scope_invalid: {
    vi: 'Phạm vi dữ liệu không phù hợp với vai trò.',
    en: 'The data scope does not fit the role.',
  },
  ticket_state_inconsistent: {
    vi: 'Trạng thái số thứ tự không khớp với các mốc thời gian.',
    en: 'The ticket state does not match its timestamps.',
  },
};

export const isValidationCode = (s: string): s is ValidationCode =>
  (VALIDATION_CODES as readonly string[]).includes(s);

export const validationMessage = (code: ValidationCode, lang: Lang): string => MESSAGES[code][lang];

const valueAt = (input: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>(
    (v, key) => (typeof v === 'object' && v !== null ? (v as Record<PropertyKey, unknown>)[key] : undefined),
    input,
  );

/**
 * Maps a zod issue to a stable code: ours when a refinement set one, else a generic one. Pass the
 * parsed `input` to tell a missing field ("required") from a wrong one: zod drops the offending
 * value from issues unless asked (`reportInput`), and a missing enum reads like a wrong one.
 */
export function issueCode(issue: z.core.$ZodIssue, input?: unknown): ValidationCode {
  if (isValidationCode(issue.message)) return issue.message;
  const missing =
    'input' in issue
      ? issue.input === undefined
      : input !== undefined
        ? valueAt(input, issue.path) === undefined
        : issue.code === 'invalid_type' && issue.message.endsWith('received undefined');
  if (missing && issue.code !== 'custom') return 'required';
  switch (issue.code) {
    case 'too_big':
      return 'too_long';
    case 'too_small':
      return 'too_short';
    case 'invalid_format':
      return 'format_invalid';
    default:
      return 'value_invalid';
  }
}

export const issueMessage = (issue: z.core.$ZodIssue, lang: Lang, input?: unknown): string =>
  validationMessage(issueCode(issue, input), lang);
