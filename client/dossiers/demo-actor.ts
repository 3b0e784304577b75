import type { Role } from '../../shared/schemas/user';
import type { ServicePoint } from '../../shared/schemas/service-point';

/**
 * Who performs intake until accounts exist: the demo counter account of the receiving point,
 * named as the demo data names it (shared/demo/staff.ts), so events point at a user the demo
 * server knows. Replaced by the signed-in user when authentication lands.
 */
export interface Actor {
  readonly id: string;
  readonly role: Role;
}

export const demoCounterOf = (point: Pick<ServicePoint, 'kind' | 'receivingUnitCode'>): Actor => ({
  id: `counter-${point.receivingUnitCode.toLowerCase()}`,
  role: point.kind === 'mobile_station' ? 'mobile_team' : 'intake_officer',
});

/** The officer who resolves conflicts and edits details on this device, until sign-in exists. */
export const DEMO_OFFICER: Actor = { id: 'counter-hn-tt', role: 'intake_officer' };
