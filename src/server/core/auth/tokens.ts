import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A random secret for a cookie or header, URL-safe. */
export const newSecret = (): string => randomBytes(32).toString('base64url');

/** Session tokens are stored only as this digest, so a database leak yields no usable session. */
export const digestSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export function secretsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
