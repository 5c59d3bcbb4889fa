import { ApiError } from '../../api/api-error';
import type { Messages } from '../../i18n/vi';

export type AccountField = 'username' | 'displayName' | 'email' | 'unitId' | 'role';
export type AccountFieldErrors = Partial<Record<AccountField, string>>;

const fields: readonly AccountField[] = ['username', 'displayName', 'email', 'unitId', 'role'];

/**
 * What is wrong with each field of a refused account form: the server names the fields (`body.username`)
 * with English details, so the person is told in their language what each field needs.
 */
export function accountFieldErrors(error: unknown, t: Messages): AccountFieldErrors {
  if (!(error instanceof ApiError)) return {};
  if (error.code === 'username_taken') return { username: t.problems.username_taken };
  if (error.code === 'unit_not_found' || error.code === 'unit_closed')
    return { unitId: t.problems[error.code] };
  if (!Array.isArray(error.problem.errors)) return {};
  const result: AccountFieldErrors = {};
  for (const entry of error.problem.errors as { path?: unknown }[]) {
    const field = typeof entry.path === 'string' ? entry.path.replace(/^body\./, '') : '';
    const known = fields.find((name) => name === field);
    if (known) result[known] = t.accounts.fieldHints[known];
  }
  return result;
}
