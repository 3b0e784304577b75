import { z } from 'zod';
import { ServicePointSchema } from '../../schemas/service-point';
import type { ServicePoint, ServicePointInput } from '../../schemas/service-point';
import { hanoiServicePoints } from './hanoi';

export const rawServicePoints: readonly ServicePointInput[] = hanoiServicePoints;

/** Parsed once so entries carry the schema's brands; a bad entry fails at import. */
export const servicePoints: readonly ServicePoint[] = Object.freeze(
  z.array(ServicePointSchema).parse(rawServicePoints),
);

const byId = new Map<string, ServicePoint>(servicePoints.map((s) => [s.id, s]));
const byUnitCode = new Map<string, ServicePoint>(servicePoints.map((s) => [s.receivingUnitCode, s]));

export const servicePointById = (id: string): ServicePoint | undefined => byId.get(id);

/** Resolves the unit-code prefix of a dossier code to the service point that issued it. */
export const servicePointByReceivingUnitCode = (code: string): ServicePoint | undefined =>
  byUnitCode.get(code);
