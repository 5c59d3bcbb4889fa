import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id with 32 MiB and 4 passes, above OWASP's minimum profiles: on the reference 2-core machine one
 * check costs 50–150 ms (see `npm run bench -- auth.sign-in`), slow for a guesser, unnoticed by a person.
 */
// algorithm 2 is Argon2id (the package's const enum cannot be imported under isolated modules).
const hashOptions = { algorithm: 2, memoryCost: 32_768, timeCost: 4, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => hash(password, hashOptions);

export const verifyPassword = (passwordHash: string, password: string): Promise<boolean> =>
  verify(passwordHash, password, hashOptions).catch(() => false);

let decoyHash: Promise<string> | undefined;

/** Spends the same time as a real check, so an unknown username cannot be told from a wrong password. */
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoyHash ??= hashPassword('decoy password that no account has');
  await verifyPassword(await decoyHash, password);
  return false;
}
