import { describe, expect, it } from 'vitest';
import { problemCodes } from '../../contract/problem';
import { en } from '../i18n/en';
import { vi } from '../i18n/vi';
import { ApiError, NetworkError } from './api-error';
import { errorMessage } from './error-message';

const problem = (code: string, status = 400, retryAfterSeconds: number | null = null) =>
  new ApiError(status, code, 'request-1', retryAfterSeconds);

describe('errorMessage', () => {
  it.each([vi, en])('has a message for every problem code the API can send (%#)', (t) => {
    for (const code of problemCodes) {
      expect(errorMessage(problem(code), t), code).not.toBe(t.errors.unexpectedStatus('400'));
    }
  });

  it('says the username or password is wrong in Vietnamese', () => {
    expect(errorMessage(problem('invalid_credentials', 401), vi)).toBe(
      'Tên đăng nhập hoặc mật khẩu không đúng.',
    );
  });

  it('gives the wait from Retry-After in whole minutes, rounded up', () => {
    expect(errorMessage(problem('too_many_attempts', 429, 14 * 60 + 1), vi)).toContain('đợi 15 phút');
    expect(errorMessage(problem('too_many_attempts', 429, 30), en)).toContain('wait 1 minute and');
    expect(errorMessage(problem('too_many_attempts', 429), en)).toContain('a few minutes');
  });

  it('explains a network failure, an unknown code and a non-API error', () => {
    expect(errorMessage(new NetworkError(new TypeError('Failed to fetch')), vi)).toBe(vi.errors.network);
    expect(errorMessage(problem('some_future_code', 418), vi)).toBe(vi.errors.unexpectedStatus('418'));
    expect(errorMessage(new Error('bug'), en)).toBe(en.errors.unexpected);
  });
});
