import { randomBytes } from 'node:crypto';

const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';

/** A random password for the demo accounts, easy to read aloud: three groups of five. */
export function generateDemoPassword(): string {
  const bytes = randomBytes(15);
  const characters = [...bytes].map((byte) => alphabet[byte % alphabet.length]);
  return [0, 5, 10].map((start) => characters.slice(start, start + 5).join('')).join('-');
}
