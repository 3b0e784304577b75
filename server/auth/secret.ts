import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config';

/**
 * The key that signs access tokens. MOTCUA_SECRET when set; otherwise generated once and kept in
 * DATA_DIR/jwt-secret with owner-only permissions (0600), so restarts keep sessions valid.
 */
export const SECRET_FILE = 'jwt-secret';
const MIN_LENGTH = 32;

export function loadSecret(dataDir: string, fromEnv: string | undefined): string {
  if (fromEnv !== undefined && fromEnv !== '') {
    if (fromEnv.length < MIN_LENGTH)
      throw new ConfigError(`MOTCUA_SECRET must be at least ${MIN_LENGTH} characters`);
    return fromEnv;
  }
  const path = join(dataDir, SECRET_FILE);
  if (existsSync(path)) {
    const kept = readFileSync(path, 'utf8').trim();
    if (kept.length >= MIN_LENGTH) return kept;
  }
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(path, secret + '\n', { mode: 0o600 });
  chmodSync(path, 0o600); // mode applies only when the file is created
  return secret;
}
