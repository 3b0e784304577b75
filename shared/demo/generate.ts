import { procedures as catalogueProcedures } from '../catalogue/procedures';
import { servicePoints as catalogueServicePoints } from '../catalogue/service-points';
import {
  addLeasedBlock,
  createAllocator,
  issueDossierCode,
  type SerialAllocatorState,
} from '../dossier-code/allocator';
import { leaseBlock } from '../dossier-code/leases';
import type { DossierCode } from '../dossier-code/schema';
import { vnDay } from '../dossier-code/vn-day';
import type { Channel } from '../schemas/common';
import type { Dossier, DossierId } from '../schemas/dossier';
import type { DossierEvent } from '../schemas/dossier-event';
import type { Procedure } from '../schemas/procedure';
import type { ServicePoint, ServicePointKind } from '../schemas/service-point';
import type { User } from '../schemas/user';
import { assemble } from './assemble';
import { anyInstant, counterInstant } from './clock';
import { planLife, type DraftEvent } from './lifecycle';
import { makeApplicant } from './people';
import { createRng, type Rng } from './prng';
import { makeStaff } from './staff';

export interface GenerateOptions {
  readonly seed: number;
  readonly count: number;
  /** The demo's "now": nothing happens after it. Injected, never read from a clock. */
  readonly now: Date | string;
  /** How far back receipts go; default grows with `count` (about 150 a day, 30 days to 2 years). */
  readonly spanDays?: number;
  readonly procedures?: readonly Procedure[];
  readonly servicePoints?: readonly ServicePoint[];
}

export interface DemoData {
  /** Sorted by receipt time. */
  readonly dossiers: Dossier[];
  /** Every dossier's log in its order, dossiers in the order above. */
  readonly events: DossierEvent[];
  /** The staff the events name as actors (citizens stay anonymous ids). */
  readonly users: readonly User[];
}

const CHANNEL_WEIGHT: Readonly<Record<Channel, number>> = {
  in_person: 5,
  online: 4,
  postal: 0.4,
  mobile_station: 0.8,
};
const COUNTER_KIND_WEIGHT: Readonly<Partial<Record<ServicePointKind, number>>> = {
  center: 6,
  branch: 2,
  intake_point: 1.5,
  ward_point: 0.4,
};

/**
 * Realistic dossiers in any volume, deterministically: the same options always give the same
 * output, byte for byte. Every dossier validates against DossierSchema, every log replays with
 * no rejected event, due times come from computeDueAt on the default calendar, and codes are
 * issued by the offline allocator (one device per receiving unit, leasing blocks when busy).
 */
export function generateDossiers(options: GenerateOptions): DemoData {
  const rng = createRng(options.seed);
  const now = new Date(options.now);
  const procs = options.procedures ?? catalogueProcedures;
  const points = options.servicePoints ?? catalogueServicePoints;
  const spanDays = options.spanDays ?? Math.min(730, Math.max(30, Math.ceil(options.count / 150)));
  const staff = makeStaff(points, now.toISOString());

  const drafts = Array.from({ length: options.count }, () => draft(rng, procs, points, staff, now, spanDays));
  drafts.sort((a, b) => a.receivedAt.getTime() - b.receivedAt.getTime()); // stable: ties keep draw order

  const allocators = new Map<string, SerialAllocatorState>();
  const dossiers: Dossier[] = [];
  const events: DossierEvent[] = [];
  for (const d of drafts) {
    const code = issueCode(allocators, d.servicePoint.receivingUnitCode, d.receivedAt);
    const out = assemble(rng, { ...d, code, supervisor: rng.pick(staff.supervisors).id, now });
    dossiers.push(out.dossier);
    events.push(...out.events);
  }
  return { dossiers, events, users: staff.users };
}

interface Draft {
  readonly id: DossierId;
  readonly procedure: Procedure;
  readonly servicePoint: ServicePoint;
  readonly channel: Channel;
  readonly applicant: Dossier['applicant'];
  readonly receivedAt: Date;
  readonly feeVnd: number;
  readonly drafts: readonly DraftEvent[];
}

function draft(
  rng: Rng,
  procs: readonly Procedure[],
  points: readonly ServicePoint[],
  staff: ReturnType<typeof makeStaff>,
  now: Date,
  spanDays: number,
): Draft {
  const procedure = rng.pick(procs);
  const channel = rng.weighted(procedure.channels.map((c) => [c, CHANNEL_WEIGHT[c]] as const));
  const servicePoint = pointFor(rng, channel, points);
  const receivedAt =
    channel === 'online' ? anyInstant(rng, now, spanDays) : counterInstant(rng, now, spanDays);
  const online = channel === 'online' && procedure.fee.onlineAmount !== undefined;
  const feeVnd = online
    ? (procedure.fee.onlineAmount ?? 0)
    : (procedure.fee.amount ?? rng.pick([20_000, 50_000, 100_000]));
  const counter = staff.counterOf(servicePoint);
  const drafts = planLife(rng, {
    channel,
    receivedAt,
    now,
    deadline: procedure.deadline,
    feeVnd,
    mayOweObligation: procedure.field === 'land' || procedure.field === 'construction',
    cast: {
      citizen: `citizen-${rng.uuid()}`,
      counter: { id: counter.id, role: counter.role },
      officer: rng.pick(staff.officersOf(procedure.field)).id,
      supervisor: rng.pick(staff.supervisors).id,
    },
  });
  const id = rng.uuid() as DossierId; // trusted construction: a v4-layout uuid from the seeded source
  return {
    id,
    procedure,
    servicePoint,
    channel,
    applicant: makeApplicant(rng, now),
    receivedAt,
    feeVnd,
    drafts,
  };
}

/** Online filings land at the online channel, mobile ones at a mobile station, the rest at counters. */
function pointFor(rng: Rng, channel: Channel, points: readonly ServicePoint[]): ServicePoint {
  const kinds: Partial<Record<ServicePointKind, number>> =
    channel === 'online'
      ? { online: 1 }
      : channel === 'mobile_station'
        ? { mobile_station: 1 }
        : COUNTER_KIND_WEIGHT;
  const candidates = points.flatMap((p) => {
    const w = kinds[p.kind];
    return w === undefined ? [] : [[p, w] as const];
  });
  return candidates.length > 0 ? rng.weighted(candidates) : rng.pick(points);
}

/** One device per receiving unit: home block 0, then blocks leased from the top (scheme.ts). */
function issueCode(
  allocators: Map<string, SerialAllocatorState>,
  unitCode: string,
  receivedAt: Date,
): DossierCode {
  const day = vnDay(receivedAt) ?? '';
  const key = `${unitCode}|${day}`;
  let state = allocators.get(key) ?? take(createAllocator(unitCode, day, 0));
  let result = issueDossierCode(state, receivedAt.toISOString());
  if (!result.ok && result.error.code === 'exhausted') {
    const block = leaseBlock([0], state.blocks.slice(1));
    if (block !== null) state = take(addLeasedBlock(state, block));
    result = issueDossierCode(state, receivedAt.toISOString());
  }
  if (!result.ok) throw new RangeError(`demo volume exceeds 9999 dossiers for ${key}; raise spanDays`);
  allocators.set(key, result.state);
  return result.code as DossierCode;
}

const take = (r: { ok: true; state: SerialAllocatorState } | { ok: false }): SerialAllocatorState => {
  if (!r.ok) throw new RangeError('invalid allocator block');
  return r.state;
};
