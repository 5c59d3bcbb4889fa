import { randomBytes } from 'node:crypto';

const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random password that is easy to read aloud or dictate over the phone: three groups of five. */
export function generatePassword(): string {
  const bytes = randomBytes(15);
  const characters = [...bytes].map((byte) => alphabet[byte % alphabet.length]);
  return [0, 5, 10].map((start) => characters.slice(start, start + 5).join('')).join('-');
}
