import type { RxStorage } from 'rxdb';
import { addRxPlugin } from 'rxdb';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyStorage = RxStorage<any, any>;

/**
 * In development builds only: RxDB's dev-mode checks (schemas, queries, frozen documents) and
 * ajv validation of every write, which dev-mode requires. `import.meta.env.DEV` is a constant
 * in builds, so Vite drops both dynamic imports and ajv stays out of the production bundle.
 */
export async function withDevTools(storage: AnyStorage): Promise<AnyStorage> {
  if (!import.meta.env.DEV) return storage;
  const [{ RxDBDevModePlugin, disableWarnings }, { wrappedValidateAjvStorage }] = await Promise.all([
    import('rxdb/plugins/dev-mode'),
    import('rxdb/plugins/validate-ajv'),
  ]);
  disableWarnings();
  addRxPlugin(RxDBDevModePlugin);
  return wrappedValidateAjvStorage({ storage });
}
