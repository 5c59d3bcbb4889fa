import { randomBytes } from 'node:crypto';
import { ulid } from 'ulid';

const POOL_SIZE = 4096;
let pool = randomBytes(POOL_SIZE);
let offset = 0;

/**
 * Random numbers for ULIDs drawn from a pooled buffer: the library's default reads the system's
 * random source once per character, which dominated bulk imports of thousands of units. Each byte
 * maps to one of 32 characters evenly (256 = 8 × 32).
 */
function pooledRandom(): number {
  if (offset === POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    offset = 0;
  }
  const byte = pool[offset] as number;
  offset += 1;
  return byte / 256;
}

/** Opaque public identifier used in URLs; internal keys never leave the server. */
export const newPublicId = (): string => ulid(undefined, pooledRandom);
