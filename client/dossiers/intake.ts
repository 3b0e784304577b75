import type { Procedure } from '../../shared/schemas/procedure';
import type { ServicePoint } from '../../shared/schemas/service-point';
import type { WorkCalendar } from '../../shared/schemas/work-calendar';
import { issueCode, type IssueResult } from './code-issuer';
import { putAttachments } from './attachments/attachment-store';
import { demoCounterOf } from './demo-actor';
import { LOW_WATER, refreshCodeBlocks, updateCodeSupply, codeSupply } from './intake-code-blocks';
import type { IntakeExtras } from './intake-extras';
import type { IntakeInput } from './intake-form';
import { buildIntake, type IntakeError } from './intake-mapping';
import { insertIntake } from './writes';

export type IntakeOutcome =
  | { readonly ok: true; readonly id: string; readonly code: string }
  | {
      readonly ok: false;
      readonly error: IntakeError | 'codes_no_block' | 'codes_exhausted' | 'code_failed' | 'save_failed';
    };

const REFRESH_WAIT_MS = 5_000;

/** A compressed photo or scan picked in the form, kept in memory until the dossier is saved. */
export interface PendingFile {
  readonly id: string;
  readonly requirementId: string;
  readonly blob: Blob;
}

/** Tabs of one device share the allocator in localStorage: issue in one of them at a time (K3). */
const exclusive = <T>(fn: () => T): Promise<T> =>
  typeof navigator !== 'undefined' && 'locks' in navigator
    ? navigator.locks.request('motcua-dossier-code', () => fn())
    : Promise.resolve(fn());

const issue = (unitCode: string, at: string): Promise<IssueResult> =>
  exclusive(() => issueCode(localStorage, unitCode, at));

/**
 * Intake at the counter, on this device: issue a code from the device's blocks (code-issuer.ts K3:
 * before the write), map the form (intake-mapping.ts), insert locally. The network is used only to
 * fetch blocks when the device holds none for this unit (first intake after sign-in), and, after
 * the dossier is saved, to top up a day running low (intake-code-blocks.ts CS2) — never awaited.
 */
export async function submitIntake(
  input: IntakeInput,
  procedure: Procedure,
  point: ServicePoint,
  calendar: WorkCalendar,
  extras?: IntakeExtras,
  files: readonly PendingFile[] = [],
): Promise<IntakeOutcome> {
  const now = new Date();
  let issued = await issue(point.receivingUnitCode, now.toISOString());
  if (!issued.ok && (issued.error === 'no_block' || issued.error === 'exhausted') && navigator.onLine) {
    // A network that answers slowly must not hold the counter: give up after a few seconds.
    await Promise.race([refreshCodeBlocks(), new Promise((done) => setTimeout(done, REFRESH_WAIT_MS))]);
    issued = await issue(point.receivingUnitCode, now.toISOString());
  }
  updateCodeSupply();
  if (!issued.ok) {
    const error =
      issued.error === 'no_block'
        ? 'codes_no_block'
        : issued.error === 'exhausted'
          ? 'codes_exhausted'
          : 'code_failed';
    return { ok: false, error };
  }
  const built = buildIntake(input, {
    procedure,
    code: issued.code,
    now,
    calendar,
    ids: { dossier: crypto.randomUUID(), register: crypto.randomUUID(), accept: crypto.randomUUID() },
    actor: demoCounterOf(point),
    ...(extras === undefined ? {} : { extras }),
  });
  if (!built.ok) return { ok: false, error: built.error };
  const createdAt = now.toISOString();
  try {
    // attachment-store.ts AS3: files first, then the dossier that names them.
    await putAttachments(
      files.map((f) => ({
        ...f,
        dossierId: built.dossier.id,
        type: f.blob.type,
        size: f.blob.size,
        createdAt,
      })),
    );
    await insertIntake(built.dossier, built.events);
  } catch {
    return { ok: false, error: 'save_failed' };
  }
  if ((codeSupply()?.remainingToday ?? 0) < LOW_WATER) void refreshCodeBlocks();
  return { ok: true, id: built.dossier.id, code: built.dossier.code };
}
