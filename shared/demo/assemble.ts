import { computeDueAt } from '../calendar';
import type { DossierCode } from '../dossier-code/schema';
import type { Applicant } from '../schemas/applicant';
import type { Channel } from '../schemas/common';
import type { Dossier, DossierDocument, DossierId } from '../schemas/dossier';
import type { DossierEvent, DossierEventId } from '../schemas/dossier-event';
import type { Procedure } from '../schemas/procedure';
import type { ServicePoint } from '../schemas/service-point';
import type { UserId } from '../schemas/user';
import { replay } from '../status/replay';
import type { StatusCode } from '../status/statuses';
import { addHours, HOUR_MS } from './clock';
import type { DraftEvent } from './lifecycle';
import type { Rng } from './prng';
import { REASONS } from './reasons';

export interface AssembleInput {
  readonly id: DossierId;
  readonly code: DossierCode;
  readonly procedure: Procedure;
  readonly servicePoint: ServicePoint;
  readonly channel: Channel;
  readonly applicant: Applicant;
  readonly receivedAt: Date;
  readonly drafts: readonly DraftEvent[];
  readonly feeVnd: number;
  readonly supervisor: string;
  readonly now: Date;
}

const iso = (d: Date): string => d.toISOString();
const OPEN_FOR_APOLOGY: readonly StatusCode[] = [2, 4, 5, 6];
// Trusted construction from our own uuids and staff ids; the generator tests parse every output.
const uid = (s: string): UserId => s as UserId;

/** Turns a planned life into the stored dossier (the cached projection, D1) and its event log. */
export function assemble(rng: Rng, input: AssembleInput): { dossier: Dossier; events: DossierEvent[] } {
  const drafts = [...input.drafts];
  const asMachine = (ds: readonly DraftEvent[]) => ds.map((d) => ({ ...d, at: iso(d.at) }));
  let state = replay(asMachine(drafts)).state;
  if (state === null) throw new Error('a planned life always starts with register');

  // D2: due from the start of the legal clock, with the closed pauses so far; an open pause is
  // left out, as the projection does (shared/status/project-dossier.ts P2).
  const start = state.acceptedAt === undefined ? input.receivedAt : new Date(state.acceptedAt);
  const pauses = state.pauses.flatMap((p) =>
    p.to === undefined ? [] : [{ from: new Date(p.from), to: new Date(p.to) }],
  );
  const dueAt = computeDueAt(start, input.procedure.deadline, { pauses });

  // Late (finished after due, or still open past it): apologise before the due time (slip 04).
  const completed = drafts.find((d) => d.type === 'complete')?.at;
  const lateRef = completed ?? (OPEN_FOR_APOLOGY.includes(state.status) ? input.now : undefined);
  if (lateRef !== undefined && lateRef.getTime() > dueAt.getTime()) {
    const at = new Date(Math.max(dueAt.getTime() - 2 * HOUR_MS, start.getTime()));
    const before = drafts.filter((d) => d.at.getTime() <= at.getTime());
    const then = replay(asMachine(before)).state;
    if (then !== null && OPEN_FOR_APOLOGY.includes(then.status)) {
      const newDueAt = addHours(new Date(Math.max(lateRef.getTime(), at.getTime())), rng.int(24, 72));
      drafts.splice(before.length, 0, {
        type: 'apologise_reschedule',
        at,
        actorId: input.supervisor,
        actorRole: 'supervisor',
        reason: rng.pick(REASONS.apology),
        payload: { newDueAt: iso(newDueAt) },
      });
      state = replay(asMachine(drafts)).state ?? state;
    }
  }

  const events = drafts.map((d): DossierEvent => ({
    id: rng.uuid() as DossierEventId,
    dossierId: input.id,
    receivingPointId: input.servicePoint.id, // E4: the event's scope is its dossier's
    field: input.procedure.field,
    type: d.type,
    at: iso(d.at),
    actorId: uid(d.actorId),
    actorRole: d.actorRole,
    ...(d.reason === undefined ? {} : { reason: d.reason }),
    payload: {
      ...(d.payload.assigneeId === undefined ? {} : { assigneeId: uid(d.payload.assigneeId) }),
      ...(d.payload.newDueAt === undefined ? {} : { newDueAt: d.payload.newDueAt }),
      ...(d.payload.amountVnd === undefined ? {} : { amountVnd: d.payload.amountVnd }),
    },
  }));
  const at = (type: DraftEvent['type']) => drafts.find((d) => d.type === type)?.at;
  const returnedAt = at('return_result');
  const method = deliveryMethod(rng, input.procedure, input.channel);
  const dossier: Dossier = {
    id: input.id,
    code: input.code,
    procedureId: input.procedure.id,
    applicant: input.applicant,
    channel: input.channel,
    receivingPointId: input.servicePoint.id,
    receivedAt: iso(input.receivedAt),
    dueAt: iso(dueAt),
    ...(state.rescheduledDueAt === undefined ? {} : { rescheduledDueAt: state.rescheduledDueAt }),
    status: state.status,
    documents: documents(rng, input.procedure, input.channel, state.status),
    fee: fee(rng, input.feeVnd, state.status, state.acceptedAt),
    pauses: [...state.pauses],
    resultDelivery: {
      method,
      ...(method === 'postal' ? { address: input.applicant.address } : {}),
      ...(returnedAt === undefined
        ? {}
        : { returnedAt: iso(returnedAt), recipientName: input.applicant.fullName }),
    },
    ...(state.assigneeId === undefined ? {} : { assigneeId: uid(state.assigneeId) }),
    field: input.procedure.field,
    updatedAt: events.at(-1)?.at ?? iso(input.receivedAt),
  };
  return { dossier, events };
}

function deliveryMethod(
  rng: Rng,
  procedure: Procedure,
  channel: Channel,
): Dossier['resultDelivery']['method'] {
  const offered = procedure.resultDelivery;
  if (channel === 'online' && offered.includes('electronic') && rng.chance(0.7)) return 'electronic';
  if (channel === 'postal' && offered.includes('postal')) return 'postal';
  return rng.pick(offered);
}

/** One entry per required document; conditional ones ("when …") in a third of dossiers. */
function documents(rng: Rng, procedure: Procedure, channel: Channel, status: StatusCode): DossierDocument[] {
  let missingLeft = status === 5 ? 1 : 0;
  return procedure.documents
    .filter((d) => d.when === undefined || rng.chance(0.33))
    .map((d): DossierDocument => {
      if (d.replaceableByPopulationData && rng.chance(0.7)) {
        return { requirementId: d.id, state: 'replaced_by_population_data', attachmentIds: [] };
      }
      if (missingLeft > 0 && d.handling === 'submit') {
        missingLeft--;
        return { requirementId: d.id, state: 'missing', attachmentIds: [] };
      }
      if (channel === 'online' || (d.handling === 'submit' && rng.chance(0.75))) {
        return { requirementId: d.id, state: 'digitised', attachmentIds: [rng.uuid()] };
      }
      return { requirementId: d.id, state: 'received_paper', attachmentIds: [] };
    });
}

/** Fees are paid when the dossier is accepted; a few are waived (poor households, etc.). */
function fee(
  rng: Rng,
  amountVnd: number,
  status: StatusCode,
  acceptedAt: string | undefined,
): Dossier['fee'] {
  if (amountVnd === 0) return { amountVnd, paymentState: 'not_required' };
  if (acceptedAt === undefined || status === 3) return { amountVnd, paymentState: 'unpaid' };
  if (rng.chance(0.05)) return { amountVnd, paymentState: 'waived' };
  return { amountVnd, paymentState: 'paid', paidAt: acceptedAt };
}
