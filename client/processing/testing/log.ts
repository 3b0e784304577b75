import { computeDueAt } from '../../../shared/calendar';
import type { Dossier } from '../../../shared/schemas/dossier';
import { DossierEventSchema, type DossierEvent } from '../../../shared/schemas/dossier-event';
import type { Role } from '../../../shared/schemas/user';
import type { DossierEventType } from '../../../shared/status/events';
import { dossier, testUuid } from '../../db/testing/fixtures';

/** Test data of the processing builders: a dossier received Monday 05/01/2026 09:00 and its log. */
export const RECEIVED = '2026-01-05T02:00:00.000Z';
export const deadline = { value: 5, unit: 'working_days' } as const;

export const accepted: Dossier = dossier(1, {
  receivedAt: RECEIVED,
  dueAt: computeDueAt(new Date(RECEIVED), deadline).toISOString(),
  status: 2,
});

let n = 100;
export function ev(
  type: DossierEventType,
  at: string,
  actorRole: Role,
  extra: { reason?: string; payload?: DossierEvent['payload']; actorId?: string } = {},
): DossierEvent {
  n += 1;
  return DossierEventSchema.parse({
    id: testUuid(n),
    dossierId: accepted.id,
    receivingPointId: accepted.receivingPointId,
    field: accepted.field,
    type,
    at,
    actorId: extra.actorId ?? `${actorRole}-1`,
    actorRole,
    ...(extra.reason === undefined ? {} : { reason: extra.reason }),
    payload: extra.payload ?? {},
  });
}

/** register + accept at the counter, as intake writes them. */
export const intakeLog: readonly DossierEvent[] = [
  ev('register', RECEIVED, 'intake_officer'),
  ev('accept', RECEIVED, 'intake_officer'),
];
