import type { MigrationStrategies } from 'rxdb';
import type { MotcuaDatabase } from '../collections';
import type { CollectionName } from '../names';

/** The strategies RxDB holds for a collection, to check they are the ones migrations.ts wires. */
export const migrationStrategiesFor = (db: MotcuaDatabase, name: CollectionName): MigrationStrategies =>
  db.collections[name].migrationStrategies;
