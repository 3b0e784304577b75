import type Database from 'better-sqlite3';
import type { ProcedureField } from '../../shared/schemas/procedure';
import type { Role, UserScope } from '../../shared/schemas/user';
import type { Account } from './account';
import type { AccountPatch, UserStore } from './stores';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: string;
  service_point_id: string | null;
  fields: string | null;
  scope: string;
  disabled: number;
  citizen_id: string | null;
  password_hash: string;
  created_at: string;
  updated_at: string;
}

// Rows are only ever written by this class from validated accounts, so the casts hold.
const toAccount = (r: UserRow): Account => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  role: r.role as Role,
  ...(r.service_point_id === null ? {} : { servicePointId: r.service_point_id }),
  ...(r.fields === null ? {} : { fields: JSON.parse(r.fields) as ProcedureField[] }),
  scope: r.scope as UserScope,
  disabled: r.disabled === 1,
  ...(r.citizen_id === null ? {} : { citizenId: r.citizen_id }),
  passwordHash: r.password_hash,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toRow = (a: Account): UserRow => ({
  id: a.id,
  username: a.username,
  display_name: a.displayName,
  role: a.role,
  service_point_id: a.servicePointId ?? null,
  fields: a.fields === undefined ? null : JSON.stringify(a.fields),
  scope: a.scope,
  disabled: a.disabled ? 1 : 0,
  citizen_id: a.citizenId ?? null,
  password_hash: a.passwordHash,
  created_at: a.createdAt,
  updated_at: a.updatedAt,
});

export class SqliteUserStore implements UserStore {
  private readonly stmt;

  constructor(db: Database.Database) {
    this.stmt = {
      count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users'),
      byId: db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
      byUsername: db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ?'),
      list: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY username'),
      insert: db.prepare<[UserRow]>(
        `INSERT OR IGNORE INTO users (id, username, display_name, role, service_point_id, fields, scope, disabled,
           citizen_id, password_hash, created_at, updated_at)
         VALUES (@id, @username, @display_name, @role, @service_point_id, @fields, @scope, @disabled,
           @citizen_id, @password_hash, @created_at, @updated_at)`,
      ),
      update: db.prepare<[UserRow]>(
        `UPDATE users SET display_name = @display_name, role = @role, service_point_id = @service_point_id,
           fields = @fields, scope = @scope, disabled = @disabled, citizen_id = @citizen_id,
           password_hash = @password_hash, updated_at = @updated_at WHERE id = @id`,
      ),
    };
  }

  count(): Promise<number> {
    return Promise.resolve(this.stmt.count.get()?.n ?? 0);
  }

  byId(id: string): Promise<Account | undefined> {
    const r = this.stmt.byId.get(id);
    return Promise.resolve(r === undefined ? undefined : toAccount(r));
  }

  byUsername(username: string): Promise<Account | undefined> {
    const r = this.stmt.byUsername.get(username);
    return Promise.resolve(r === undefined ? undefined : toAccount(r));
  }

  list(): Promise<readonly Account[]> {
    return Promise.resolve(this.stmt.list.all().map(toAccount));
  }

  insert(account: Account): Promise<'ok' | 'taken'> {
    return Promise.resolve(this.stmt.insert.run(toRow(account)).changes === 1 ? 'ok' : 'taken');
  }

  update(id: string, patch: AccountPatch): Promise<Account | undefined> {
    const r = this.stmt.byId.get(id);
    if (r === undefined) return Promise.resolve(undefined);
    const next: Account = { ...toAccount(r), ...patch };
    this.stmt.update.run(toRow(next));
    return Promise.resolve(next);
  }
}
