import type { Role } from '../../shared/schemas/user';
import type { ServicePoint } from '../../shared/schemas/service-point';
import { currentUser } from '../auth/session';

/**
 * Who performs a write on this device: the signed-in user (id, role and the service point they
 * work at), read at the moment of the write. Officer screens are only reachable signed in
 * (auth/access.ts R2); the demo counter account of the receiving point remains only as the answer
 * when nobody is, so a write never carries an empty actor. The names `demoCounterOf` and
 * `DEMO_OFFICER` are kept for the callers (intake.ts, conflicts-panel.tsx).
 */
export interface Actor {
  readonly id: string;
  readonly role: Role;
  readonly servicePointId?: string;
}

/** The signed-in user as an actor, or null when nobody is signed in. */
export function signedInActor(): Actor | null {
  const user = currentUser();
  if (user === null) return null;
  return {
    id: user.id,
    role: user.role,
    ...(user.servicePointId === undefined ? {} : { servicePointId: user.servicePointId }),
  };
}

const demoCounter = (point: Pick<ServicePoint, 'kind' | 'receivingUnitCode'>): Actor => ({
  id: `counter-${point.receivingUnitCode.toLowerCase()}`,
  role: point.kind === 'mobile_station' ? 'mobile_team' : 'intake_officer',
});

/** The intake actor at `point`: the signed-in user. */
export const demoCounterOf = (point: Pick<ServicePoint, 'kind' | 'receivingUnitCode'>): Actor =>
  signedInActor() ?? demoCounter(point);

/** The officer who resolves conflicts and edits details: the signed-in user, read on each use. */
export const DEMO_OFFICER: Actor = {
  get id() {
    return signedInActor()?.id ?? 'counter-hn-tt';
  },
  get role() {
    return signedInActor()?.role ?? 'intake_officer';
  },
  get servicePointId() {
    return signedInActor()?.servicePointId;
  },
};
