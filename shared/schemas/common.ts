import { z } from 'zod';

/**
 * Building blocks shared by every entity schema. Each entity has exactly one zod schema; its
 * TypeScript type, its JSON Schema (RxDB) and request validation all derive from it.
 */

/** Text the UI shows in either language; Vietnamese is always present. */
export const LocalizedTextSchema = z.object({
  vi: z.string().min(1),
  en: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Legal processing deadline of a procedure (see shared/calendar.ts for how it is counted). */
export const DeadlineUnitSchema = z.enum(['working_days', 'working_hours', 'calendar_days']);
export type DeadlineUnit = z.infer<typeof DeadlineUnitSchema>;
export const DeadlineSchema = z.object({
  value: z.number().positive(),
  unit: DeadlineUnitSchema,
});
export type Deadline = z.infer<typeof DeadlineSchema>;

/** Channels through which a dossier reaches the center (PRODUCT.md "Channels"). */
export const ChannelSchema = z.enum(['in_person', 'online', 'postal', 'mobile_station']);
export type Channel = z.infer<typeof ChannelSchema>;

/** An instant on the wire and in storage: ISO 8601 with offset, e.g. 2026-02-10T08:00:00.000Z. */
export const InstantSchema = z.iso.datetime({ offset: true });

/** Money in Vietnamese đồng; whole numbers only. */
export const VndSchema = z.number().int().nonnegative();

/** Geographic point (WGS84). */
export const GeoPointSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
});
export type GeoPoint = z.infer<typeof GeoPointSchema>;

/** A branded id: `ProcedureId` and `DossierId` are both strings but never interchangeable. */
export const brandedId = <B extends string>() => z.string().min(1).max(128).brand<B>();
// usage: export const DossierIdSchema = brandedId<'DossierId'>();
