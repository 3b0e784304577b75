import { z } from 'zod';
import { ProcedureSchema } from '../../schemas/procedure';
import type { Procedure, ProcedureField, ProcedureInput } from '../../schemas/procedure';
import { businessRegistrationProcedures } from './business-registration';
import { civilStatusProcedures } from './civil-status';
import { constructionProcedures } from './construction';
import { cultureProcedures } from './culture';
import { educationProcedures } from './education';
import { identityProcedures } from './identity';
import { judicialRecordsProcedures } from './judicial-records';
import { labourProcedures } from './labour';
import { landProcedures } from './land';
import { notarisationProcedures } from './notarisation';
import { residenceProcedures } from './residence';
import { transportProcedures } from './transport';

/** Every catalogue entry before parsing, grouped by field file; tests validate these one by one. */
export const rawProcedures: readonly ProcedureInput[] = [
  ...civilStatusProcedures,
  ...residenceProcedures,
  ...identityProcedures,
  ...judicialRecordsProcedures,
  ...notarisationProcedures,
  ...landProcedures,
  ...constructionProcedures,
  ...businessRegistrationProcedures,
  ...labourProcedures,
  ...transportProcedures,
  ...cultureProcedures,
  ...educationProcedures,
];

/**
 * The seed catalogue, parsed once so every entry carries the schema's brands. A bad entry fails
 * at import rather than at the counter; the tests name the offending id.
 */
export const procedures: readonly Procedure[] = Object.freeze(z.array(ProcedureSchema).parse(rawProcedures));

const byId = new Map<string, Procedure>(procedures.map((p) => [p.id, p]));
const byNationalCode = new Map<string, Procedure>(
  procedures.flatMap((p) => (p.nationalCode === undefined ? [] : [[p.nationalCode, p] as const])),
);

export const procedureById = (id: string): Procedure | undefined => byId.get(id);

/** P1: national codes change on re-publication; use this only to resolve portal links. */
export const procedureByNationalCode = (code: string): Procedure | undefined => byNationalCode.get(code);

export const proceduresByField = (field: ProcedureField): readonly Procedure[] =>
  procedures.filter((p) => p.field === field);
