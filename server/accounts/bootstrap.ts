import { servicePoints } from '../../shared/catalogue';
import type { ProcedureField } from '../../shared/schemas/procedure';
import type { Role, UserScope } from '../../shared/schemas/user';
import { ConfigError } from '../config';
import type { Account } from './account';
import type { PasswordHasher } from './password';
import type { UserStore } from './stores';

/** The password of every demo account (README "Demo accounts"); never used outside demo mode. */
export const DEMO_PASSWORD = 'motcua2026';
export const ADMIN_USERNAME = 'admin';

export interface BootstrapOptions {
  readonly users: UserStore;
  readonly hasher: PasswordHasher;
  readonly production: boolean;
  readonly demo: boolean;
  readonly adminPassword: string | undefined;
  /** The applicant of one demo dossier, so that the demo citizen has a dossier of their own. */
  readonly demoCitizenId: string | undefined;
  readonly now: string;
  readonly newId: () => string;
  readonly log: (line: string) => void;
}

interface Profile {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly scope: UserScope;
  readonly servicePointId?: string;
  readonly fields?: readonly ProcedureField[];
  readonly citizenId?: string;
}

const mobileStation = servicePoints.find((p) => p.kind === 'mobile_station');

/**
 * One account per role. Staff ids match the actors of the generated event logs
 * (shared/demo/staff.ts), so the demo officers see their own names in the timelines.
 */
function demoProfiles(citizenId: string | undefined): Profile[] {
  return [
    {
      id: 'counter-hn-tt',
      username: 'tiepnhan',
      displayName: 'Cán bộ tiếp nhận (demo)',
      role: 'intake_officer',
      scope: 'service_point',
      servicePointId: 'hn-center',
    },
    ...(mobileStation === undefined
      ? []
      : [
          {
            id: `counter-${mobileStation.receivingUnitCode.toLowerCase()}`,
            username: 'luudong',
            displayName: 'Tổ lưu động (demo)',
            role: 'mobile_team' as const,
            scope: 'service_point' as const,
            servicePointId: mobileStation.id,
          },
        ]),
    {
      id: 'officer-civil_status-1',
      username: 'chuyenvien',
      displayName: 'Chuyên viên xử lý (demo)',
      role: 'processing_officer',
      scope: 'fields',
      fields: ['civil_status', 'residence', 'land'],
    },
    {
      id: 'supervisor-1',
      username: 'giamsat',
      displayName: 'Lãnh đạo Trung tâm (demo)',
      role: 'supervisor',
      scope: 'center',
    },
    {
      id: 'citizen-demo',
      username: 'congdan',
      displayName: 'Công dân (demo)',
      role: 'citizen',
      scope: 'self',
      ...(citizenId === undefined ? {} : { citizenId }),
    },
  ];
}

async function create(o: BootstrapOptions, p: Profile, password: string): Promise<void> {
  const account: Account = {
    ...p,
    disabled: false,
    passwordHash: await o.hasher.hash(password),
    createdAt: o.now,
    updatedAt: o.now,
  };
  await o.users.insert(account);
}

/**
 * First start: creates `admin` with MOTCUA_ADMIN_PASSWORD. Without it, production refuses to
 * start (ConfigError → exit code 2) and demo mode uses the demo password and says so. In demo mode
 * (never in production) a database without accounts also gets one account per role. Existing accounts are never
 * touched, so restarts change nothing and a changed password stays changed.
 */
export async function bootstrapAccounts(o: BootstrapOptions): Promise<void> {
  const fresh = (await o.users.count()) === 0;
  if ((await o.users.byUsername(ADMIN_USERNAME)) === undefined) {
    const given = o.adminPassword !== undefined && o.adminPassword !== '' ? o.adminPassword : undefined;
    if (given !== undefined && given.length < 8)
      throw new ConfigError('MOTCUA_ADMIN_PASSWORD must be at least 8 characters');
    if (given === undefined && (o.production || !o.demo)) {
      throw new ConfigError(
        'MOTCUA_ADMIN_PASSWORD is required on first start: it becomes the password of the user "admin"',
      );
    }
    await create(
      o,
      {
        id: o.newId(),
        username: ADMIN_USERNAME,
        displayName: 'Quản trị viên',
        role: 'administrator',
        scope: 'center',
      },
      given ?? DEMO_PASSWORD,
    );
    o.log(
      given !== undefined
        ? 'created the user "admin" with MOTCUA_ADMIN_PASSWORD'
        : `created the user "admin" with the demo password ${DEMO_PASSWORD}`,
    );
  }
  // Accounts with a published password never exist in production, even with DEMO_DATA=1.
  const demoAccounts = o.demo && !o.production;
  if (demoAccounts && fresh) {
    for (const p of demoProfiles(o.demoCitizenId)) await create(o, p, DEMO_PASSWORD);
  }
  if (o.demo && o.production)
    o.log('DEMO_DATA in production: demo data loaded, but no demo accounts created');
  if (demoAccounts) {
    const present = (await o.users.list()).filter(
      (a) => a.username === ADMIN_USERNAME || demoProfiles(undefined).some((p) => p.username === a.username),
    );
    o.log(
      `demo accounts (password ${DEMO_PASSWORD} unless changed): ${present.map((a) => `${a.username} (${a.role})`).join(', ')}`,
    );
  }
}
