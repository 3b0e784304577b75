import { z } from 'zod';
import { brandedId, GeoPointSchema, LocalizedTextSchema } from './common';

/**
 * A place (or channel) where the center receives dossiers: the center itself, its branches
 * (chi nhánh), intake points, ward help points, mobile digital-citizen stations and the online
 * channel.
 *
 * Invariants (the catalogue tests check them):
 *  S1 `receivingUnitCode` is unique across all service points; it is the prefix of every
 *     dossier code issued there (see RECEIVING_UNIT_CODE_PATTERN).
 *  S2 every kind but `center` names a parent, which must exist.
 *  S3 physical kinds carry coordinates; `online` has none and is open 24/7.
 *  S4 anything invented for demos is `demo: true`.
 */

export const ServicePointIdSchema = brandedId<'ServicePointId'>();
export type ServicePointId = z.infer<typeof ServicePointIdSchema>;

export const ServicePointKindSchema = z.enum([
  'center',
  'branch',
  'intake_point',
  'ward_point',
  'mobile_station',
  'online',
]);
export type ServicePointKind = z.infer<typeof ServicePointKindSchema>;

/**
 * Receiving-unit code: 1–4 segments joined by '-', each an uppercase letter followed by up to 7
 * uppercase letters or digits, e.g. "HN-TT", "HN-CN01".
 *
 * Dossier codes are `<unit code>-YYMMDD-XXXX`, so a parser splits from the right: the last two
 * '-' segments are the date (six digits) and the serial (four digits); everything before them is
 * the unit code. Because every unit-code segment starts with a letter, no unit-code segment can be
 * mistaken for the all-digit date or serial, and the split is unambiguous:
 *   /^(?<unit>[A-Z][A-Z0-9]{0,7}(?:-[A-Z][A-Z0-9]{0,7}){0,3})-(?<date>\d{6})-(?<serial>\d{4})$/
 */
export const RECEIVING_UNIT_CODE_PATTERN = /^[A-Z][A-Z0-9]{0,7}(?:-[A-Z][A-Z0-9]{0,7}){0,3}$/;
export const ReceivingUnitCodeSchema = z.string().regex(RECEIVING_UNIT_CODE_PATTERN);

/** "HH:MM", 24-hour clock, Asia/Ho_Chi_Minh local time. */
const ClockTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/);

export const TimeIntervalSchema = z
  .object({ from: ClockTimeSchema, to: ClockTimeSchema })
  .refine((i) => i.from < i.to, { message: 'an interval must end after it starts' });
export type TimeInterval = z.infer<typeof TimeIntervalSchema>;

/** One weekday: sorted, non-overlapping intervals ("HH:MM" strings compare correctly). */
const DayHoursSchema = z
  .array(TimeIntervalSchema)
  .refine((xs) => xs.every((x, i) => i === 0 || (xs[i - 1]?.to ?? '') <= x.from), {
    message: 'intervals must be sorted and must not overlap',
  });

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Staffed counter hours per weekday; holidays come from the calendar, not from here. */
export const OpeningHoursSchema = z.object({
  mon: DayHoursSchema,
  tue: DayHoursSchema,
  wed: DayHoursSchema,
  thu: DayHoursSchema,
  fri: DayHoursSchema,
  sat: DayHoursSchema,
  sun: DayHoursSchema,
});
export type OpeningHours = z.infer<typeof OpeningHoursSchema>;

export const ServicePointSchema = z
  .object({
    id: ServicePointIdSchema,
    kind: ServicePointKindSchema,
    receivingUnitCode: ReceivingUnitCodeSchema,
    name: LocalizedTextSchema,
    /** Postal address as written in Vietnamese (addresses are not translated). */
    address: z.string().min(1),
    location: GeoPointSchema.optional(),
    openingHours: OpeningHoursSchema,
    /** Intake is possible at any hour (online filing, kiosks), beyond the staffed hours. */
    open24x7: z.boolean(),
    parentId: ServicePointIdSchema.optional(),
    demo: z.boolean(),
    sourceUrl: z.url().optional(),
    /** Staff-facing note: what is approximate or unverified. */
    note: z.string().min(1).optional(),
  })
  .refine((p) => (p.kind === 'center') === (p.parentId === undefined), {
    message: 'S2: only the center has no parent',
    path: ['parentId'],
  })
  .refine((p) => (p.kind === 'online' ? p.location === undefined && p.open24x7 : p.location !== undefined), {
    message: 'S3: physical service points need coordinates; the online channel has none and is 24/7',
    path: ['location'],
  });
export type ServicePoint = z.infer<typeof ServicePointSchema>;
export type ServicePointInput = z.input<typeof ServicePointSchema>;
