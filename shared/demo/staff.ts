import type { ProcedureField } from '../schemas/procedure';
import { ProcedureFieldSchema } from '../schemas/procedure';
import type { ServicePoint } from '../schemas/service-point';
import type { User, UserId } from '../schemas/user';

/**
 * The demo staff: one counter account per service point (a mobile team account at mobile
 * stations), two processing officers per field, two supervisors. Ids are readable and stable so
 * that generated event logs point at users that exist.
 */
export interface DemoStaff {
  readonly users: readonly User[];
  readonly counterOf: (servicePoint: ServicePoint) => User;
  readonly officersOf: (field: ProcedureField) => readonly User[];
  readonly supervisors: readonly User[];
}

const id = (s: string): UserId => s as UserId; // trusted construction; tests parse every user

export function makeStaff(servicePoints: readonly ServicePoint[], updatedAt: string): DemoStaff {
  const counters = new Map<string, User>(
    servicePoints.map((sp) => {
      const handle = sp.receivingUnitCode.toLowerCase();
      const user: User = {
        id: id(`counter-${handle}`),
        username: `counter.${handle}`,
        displayName: `Một cửa ${sp.receivingUnitCode}`,
        role: sp.kind === 'mobile_station' ? 'mobile_team' : 'intake_officer',
        servicePointId: sp.id,
        scope: 'service_point',
        disabled: false,
        updatedAt,
      };
      return [sp.id, user] as const;
    }),
  );
  const officers = new Map<ProcedureField, User[]>(
    ProcedureFieldSchema.options.map((field) => [
      field,
      [1, 2].map((n): User => ({
        id: id(`officer-${field}-${n}`),
        username: `officer.${field.replace(/_/g, '-')}.${n}`,
        displayName: `Chuyên viên ${field} ${n}`,
        role: 'processing_officer',
        fields: [field],
        scope: 'fields',
        disabled: false,
        updatedAt,
      })),
    ]),
  );
  const supervisors = [1, 2].map((n): User => ({
    id: id(`supervisor-${n}`),
    username: `supervisor.${n}`,
    displayName: `Lãnh đạo Trung tâm ${n}`,
    role: 'supervisor',
    scope: 'center',
    disabled: false,
    updatedAt,
  }));
  return {
    users: [...counters.values(), ...[...officers.values()].flat(), ...supervisors],
    counterOf: (sp) => counters.get(sp.id) ?? fail(`no counter for ${sp.id}`),
    officersOf: (field) => officers.get(field) ?? fail(`no officer for ${field}`),
    supervisors,
  };
}

/** Unreachable by construction (every service point and field got its users above). */
function fail(message: string): never {
  throw new Error(message);
}
