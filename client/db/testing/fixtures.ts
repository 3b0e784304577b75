import type { Dossier, DossierInput } from '../../../shared/schemas/dossier';
import { DossierSchema } from '../../../shared/schemas/dossier';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { MotcuaDatabase } from '../collections';
import { createMotcuaDatabase } from '../create-database';
import { withDevTools } from '../dev-tools';

/**
 * Test helpers: a memory-storage database (fake-indexeddb is ~200× slower; ARCHITECTURE.md) with
 * dev-mode and ajv validation on (vitest runs with import.meta.env.DEV), and valid documents.
 */
let counter = 0;

export async function memoryDatabase(): Promise<MotcuaDatabase> {
  counter += 1;
  const storage = await withDevTools(getRxStorageMemory());
  // Names must be unique per test: RxDB refuses a second open database of the same name.
  return createMotcuaDatabase({ name: `test${counter}x${process.pid}`, storage, multiInstance: false });
}

/** A uuid made of a counter, so tests are deterministic. */
export const testUuid = (n: number): string => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

export function dossier(n: number, overrides: Partial<DossierInput> = {}): Dossier {
  return DossierSchema.parse({
    id: testUuid(n),
    code: `HN-TT-260105-${String(n).padStart(4, '0')}`,
    procedureId: 'proc-birth-registration',
    applicant: {
      fullName: 'Nguyễn Văn An',
      citizenId: '087084000999',
      phone: '0912345678',
      address: '1 Tràng Tiền, Hà Nội',
    },
    channel: 'in_person',
    receivingPointId: 'sp-center',
    receivedAt: '2026-01-05T02:00:00.000Z',
    dueAt: '2026-01-08T10:00:00.000Z',
    status: 2,
    documents: [],
    fee: { amountVnd: 0, paymentState: 'not_required' },
    pauses: [],
    resultDelivery: { method: 'counter' },
    field: 'civil_status',
    updatedAt: '2026-01-05T02:00:00.000Z',
    ...overrides,
  });
}
