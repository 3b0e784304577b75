import type { Procedure } from '../../shared/schemas/procedure';
import type { ServicePoint } from '../../shared/schemas/service-point';
import type { WorkCalendar } from '../../shared/schemas/work-calendar';
import { issueCode } from './code-issuer';
import { demoCounterOf } from './demo-actor';
import type { IntakeInput } from './intake-form';
import { buildIntake, type IntakeError } from './intake-mapping';
import { insertIntake } from './writes';

export type IntakeOutcome =
  | { readonly ok: true; readonly id: string; readonly code: string }
  | { readonly ok: false; readonly error: IntakeError | 'codes_exhausted' | 'code_failed' | 'save_failed' };

/**
 * Intake at the counter, on this device only: issue a code (code-issuer.ts K3: before the write),
 * map the form (intake-mapping.ts), insert locally. Never touches the network.
 */
export async function submitIntake(
  input: IntakeInput,
  procedure: Procedure,
  point: ServicePoint,
  calendar: WorkCalendar,
): Promise<IntakeOutcome> {
  const now = new Date();
  const issued = issueCode(localStorage, point.receivingUnitCode, now.toISOString(), () =>
    crypto.randomUUID(),
  );
  if (!issued.ok)
    return { ok: false, error: issued.error === 'exhausted' ? 'codes_exhausted' : 'code_failed' };
  const built = buildIntake(input, {
    procedure,
    code: issued.code,
    now,
    calendar,
    ids: { dossier: crypto.randomUUID(), register: crypto.randomUUID(), accept: crypto.randomUUID() },
    actor: demoCounterOf(point),
  });
  if (!built.ok) return { ok: false, error: built.error };
  try {
    await insertIntake(built.dossier, built.events);
  } catch {
    return { ok: false, error: 'save_failed' };
  }
  return { ok: true, id: built.dossier.id, code: built.dossier.code };
}
