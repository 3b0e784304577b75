import { randomBytes } from 'node:crypto';
import { argon2id, argon2Verify } from 'hash-wasm';

/**
 * Password hashing behind an interface so tests can run a cheap hasher; production always uses
 * `argon2idHasher(OWASP_ARGON2ID)`. hash-wasm is WebAssembly: no per-platform native binaries.
 */
export interface PasswordHasher {
  /** The PHC-encoded string (`$argon2id$v=19$m=…`), salt and parameters included. */
  hash(password: string): Promise<string>;
  verify(password: string, encoded: string): Promise<boolean>;
  /**
   * Spends about the time of one verification without any account, so an unknown username
   * answers as slowly as a wrong password (no user enumeration by timing).
   */
  burn(password: string): Promise<void>;
}

export interface Argon2Params {
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
}

/** OWASP Password Storage Cheat Sheet, Argon2id minimum: m = 19 MiB, t = 2, p = 1. */
export const OWASP_ARGON2ID: Argon2Params = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 };

export function argon2idHasher(params: Argon2Params = OWASP_ARGON2ID): PasswordHasher {
  const hash = (password: string) =>
    argon2id({
      password,
      salt: randomBytes(16),
      parallelism: params.parallelism,
      iterations: params.iterations,
      memorySize: params.memoryKiB,
      hashLength: 32,
      outputType: 'encoded',
    });
  let dummy: Promise<string> | undefined;
  return {
    hash,
    verify: async (password, encoded) => {
      try {
        return await argon2Verify({ password, hash: encoded });
      } catch {
        return false; // a corrupt stored hash is a failed sign-in, never a 500
      }
    },
    burn: async (password) => {
      dummy ??= hash('motcua-no-such-account');
      await argon2Verify({ password, hash: await dummy }).catch(() => false);
    },
  };
}
