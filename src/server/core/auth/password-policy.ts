import { PASSWORD_MIN_LENGTH } from '../../../contract/auth.js';
import { HttpProblem } from '../http/problem.js';
import { commonPasswords } from './common-passwords.js';

/** Rejects passwords that are short, common, or built from the username. */
export function assertAcceptablePassword(password: string, username: string): void {
  const folded = password.toLowerCase();
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new HttpProblem(
      'weak_password',
      `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`,
    );
  }
  if (commonPasswords.has(folded) || folded.includes(username.toLowerCase()) || /^(.)\1+$/.test(folded)) {
    throw new HttpProblem('weak_password', 'The password is too easy to guess; choose another.');
  }
}
