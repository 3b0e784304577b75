import { z } from 'zod';
import { brandedId, ChannelSchema, DeadlineSchema, LocalizedTextSchema, VndSchema } from './common';
import type { LocalizedText } from './common';

/**
 * An administrative procedure (thủ tục hành chính, TTHC) as published in the national
 * procedures database (Cơ sở dữ liệu quốc gia về TTHC) and shown on the National Public
 * Service Portal (dichvucong.gov.vn).
 *
 * Invariants (the catalogue tests check them):
 *  P1 a procedure's `id` is ours and never changes; its `nationalCode` is the portal's and does
 *     change when a ministry re-publishes the procedure (many did after the 1/7/2025 two-tier
 *     reform), so nothing may key stored data on the national code.
 *  P2 a fee with no fixed amount (set by each provincial People's Council, or by a scale) has
 *     `amount: null` and a note saying where the amount comes from.
 *  P3 every procedure names its source: the portal page and/or the legal documents.
 */

export const ProcedureIdSchema = brandedId<'ProcedureId'>();
export type ProcedureId = z.infer<typeof ProcedureIdSchema>;

/** Mã thủ tục, e.g. "1.001193": series digit, a dot, six digits. */
export const NationalProcedureCodeSchema = z.string().regex(/^\d\.\d{6}$/);

/** Lĩnh vực: a closed list so filters, statistics and routing can switch on it. */
export const ProcedureFieldSchema = z.enum([
  'civil_status',
  'residence',
  'identity',
  'judicial_records',
  'notarisation',
  'land',
  'construction',
  'business_registration',
  'investment',
  'transport',
  'labour',
  'social_protection',
  'health',
  'education',
  'culture',
  'environment',
]);
export type ProcedureField = z.infer<typeof ProcedureFieldSchema>;

export const isProcedureField = (v: unknown): v is ProcedureField =>
  typeof v === 'string' && (ProcedureFieldSchema.options as readonly string[]).includes(v);

export const PROCEDURE_FIELD_LABELS: Readonly<Record<ProcedureField, LocalizedText>> = {
  civil_status: { vi: 'Hộ tịch', en: 'Civil status' },
  residence: { vi: 'Đăng ký, quản lý cư trú', en: 'Residence' },
  identity: { vi: 'Cấp, quản lý căn cước', en: 'Identity cards' },
  judicial_records: { vi: 'Lý lịch tư pháp', en: 'Judicial records' },
  notarisation: { vi: 'Chứng thực', en: 'Authentication of copies and signatures' },
  land: { vi: 'Đất đai', en: 'Land' },
  construction: { vi: 'Hoạt động xây dựng', en: 'Construction' },
  business_registration: { vi: 'Đăng ký kinh doanh', en: 'Business registration' },
  investment: { vi: 'Đầu tư', en: 'Investment' },
  transport: { vi: 'Giao thông vận tải', en: 'Transport' },
  labour: { vi: 'Lao động, việc làm', en: 'Labour and employment' },
  social_protection: { vi: 'Bảo trợ xã hội', en: 'Social protection' },
  health: { vi: 'Y tế', en: 'Health' },
  education: { vi: 'Giáo dục và đào tạo', en: 'Education' },
  culture: { vi: 'Văn hóa', en: 'Culture' },
  environment: { vi: 'Môi trường', en: 'Environment' },
};

/** Cấp thực hiện after the 2025 two-tier local-government reform (no district level). */
export const AuthorityLevelSchema = z.enum(['central', 'provincial', 'commune']);
export type AuthorityLevel = z.infer<typeof AuthorityLevelSchema>;

/**
 * One item of thành phần hồ sơ. `submit` documents stay in the dossier; `present` documents are
 * shown to the officer, checked and handed back (giấy tờ phải xuất trình).
 */
export const RequiredDocumentSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
    name: LocalizedTextSchema,
    handling: z.enum(['submit', 'present']),
    originals: z.number().int().nonnegative(),
    copies: z.number().int().nonnegative(),
    /** Only needed in some cases (e.g. when filing through a representative). */
    when: LocalizedTextSchema.optional(),
    /**
     * True where the national population database or VNeID makes the paper unnecessary: the
     * officer looks the data up instead (Decree 104/2022/NĐ-CP, Resolution 66.7/2025/NQ-CP).
     */
    replaceableByPopulationData: z.boolean(),
  })
  .refine((d) => d.originals + d.copies >= 1, { message: 'a document needs at least one original or copy' });
export type RequiredDocument = z.infer<typeof RequiredDocumentSchema>;

/** P2: `amount` 0 means free; null means "varies" and then `note` is mandatory. */
export const ProcedureFeeSchema = z
  .object({
    amount: VndSchema.nullable(),
    /** Lower amount the portal publishes for online filing, where one exists. */
    onlineAmount: VndSchema.optional(),
    note: LocalizedTextSchema.optional(),
  })
  .refine((f) => f.amount !== null || f.note !== undefined, { message: 'a varying fee needs a note' });
export type ProcedureFee = z.infer<typeof ProcedureFeeSchema>;

export const ResultDeliverySchema = z.enum(['counter', 'postal', 'electronic']);
export type ResultDelivery = z.infer<typeof ResultDeliverySchema>;

/** How much of the record was checked against a published text (shown to administrators). */
export const VerificationSchema = z.enum([
  /** Deadline, fee and documents copied from the portal's detail page (snapshot date in source). */
  'national_portal',
  /** Code and name from the portal's list; deadline, fee and documents from the legal texts. */
  'legal_text',
]);

export const ProcedureSourceSchema = z
  .object({
    url: z.url().optional(),
    legalBasis: z.array(z.string().min(1)),
    /** Day the portal page was read, YYYY-MM-DD. */
    retrievedOn: z.iso.date().optional(),
  })
  .refine((s) => s.url !== undefined || s.legalBasis.length > 0, {
    message: 'P3: a source needs a URL or a legal basis',
  });

const uniqueList = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .min(1)
    .refine((xs) => new Set(xs).size === xs.length, { message: 'duplicate entries' });

export const ProcedureSchema = z.object({
  id: ProcedureIdSchema,
  nationalCode: NationalProcedureCodeSchema.optional(),
  name: LocalizedTextSchema,
  field: ProcedureFieldSchema,
  level: AuthorityLevelSchema,
  /** Cơ quan thực hiện. */
  authority: LocalizedTextSchema,
  documents: z.array(RequiredDocumentSchema).refine((ds) => new Set(ds.map((d) => d.id)).size === ds.length, {
    message: 'duplicate document ids',
  }),
  fee: ProcedureFeeSchema,
  deadline: DeadlineSchema,
  /** Variants of the deadline the number alone cannot carry (after 15:00, verification...). */
  deadlineNote: LocalizedTextSchema.optional(),
  channels: uniqueList(ChannelSchema),
  resultDelivery: uniqueList(ResultDeliverySchema),
  source: ProcedureSourceSchema,
  verification: VerificationSchema,
  /** Staff-facing data-quality note: what could not be verified, and why. */
  note: z.string().min(1).optional(),
});
export type Procedure = z.infer<typeof ProcedureSchema>;
/** Shape of a catalogue entry before parsing (brands are applied by the schema). */
export type ProcedureInput = z.input<typeof ProcedureSchema>;
