import type { ProblemCode } from '../../contract/problem';
import { formatNumber } from '../i18n/format';
import type { Messages } from '../i18n/vi';
import { ApiError, NetworkError } from './api-error';

const isKnownCode = (code: string, t: Messages): code is ProblemCode => Object.hasOwn(t.problems, code);

const minutesToWait = (error: ApiError): string | null =>
  error.retryAfterSeconds === null ? null : formatNumber(Math.ceil(error.retryAfterSeconds / 60));

/** What to tell the user about a failed request, in the current language. */
export function errorMessage(error: unknown, t: Messages): string {
  if (error instanceof NetworkError) return t.errors.network;
  if (!(error instanceof ApiError)) return t.errors.unexpected;
  if (error.code === null || !isKnownCode(error.code, t))
    return t.errors.unexpectedStatus(String(error.status));
  const message = t.problems[error.code];
  return typeof message === 'string' ? message : message(minutesToWait(error));
}
