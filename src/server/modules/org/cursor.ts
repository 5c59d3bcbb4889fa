import { HttpProblem } from '../../core/http/problem.js';
import type { Keyset } from './repository.js';

/** The keyset of the last item of a page, opaque to clients. */
export const encodeCursor = (keyset: Keyset): string =>
  Buffer.from(JSON.stringify([keyset.searchText, keyset.publicId])).toString('base64url');

export function decodeCursor(cursor: string): Keyset {
  try {
    const [searchText, publicId] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
    if (typeof searchText === 'string' && typeof publicId === 'string') return { searchText, publicId };
  } catch {
    // falls through to the problem below
  }
  throw new HttpProblem('validation_failed', 'The cursor is not one this API returned.', {
    errors: [{ path: 'query.cursor', message: 'not a cursor returned by this list' }],
  });
}
