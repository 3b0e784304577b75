import { z } from 'zod';
import { DOSSIER_CODE_MAX_LENGTH, isDossierCode } from './format';

/** A dossier code as stored and sent: `<unit code>-YYMMDD-XXXX`, checked part by part. */
export const DossierCodeSchema = z
  .string()
  .max(DOSSIER_CODE_MAX_LENGTH, { error: 'dossier_code_invalid' })
  .refine(isDossierCode, { error: 'dossier_code_invalid' })
  .brand<'DossierCode'>();
export type DossierCode = z.infer<typeof DossierCodeSchema>;
