import type { ProblemCode } from '../../../contract/problem.js';

/** Short English titles; the SPA shows its own Vietnamese text for each code. */
export const problemTitles: Record<ProblemCode, string> = {
  malformed_json: 'Malformed JSON',
  validation_failed: 'Invalid request',
  unsupported_media_type: 'Unsupported media type',
  payload_too_large: 'Request body too large',
  invalid_encoding: 'Invalid encoding',
  unauthenticated: 'Sign-in required',
  invalid_credentials: 'Wrong username or password',
  account_disabled: 'Account disabled',
  too_many_attempts: 'Too many attempts',
  csrf_failed: 'Missing or invalid CSRF token',
  password_change_required: 'Password change required',
  forbidden: 'Forbidden',
  not_found: 'Not found',
  route_not_found: 'No such endpoint',
  version_conflict: 'Changed by someone else',
  username_taken: 'Username taken',
  weak_password: 'Password too weak',
  unit_not_found: 'No such unit',
  unit_closed: 'Unit closed',
  wrong_password: 'Wrong current password',
  database_unavailable: 'Database unavailable',
  internal_error: 'Internal error',
};
