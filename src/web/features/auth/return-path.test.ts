import type { Location } from 'react-router';
import { describe, expect, it } from 'vitest';
import { returnPathFrom, sessionExpiredIn, signInPathReturningTo } from './return-path';

const location = (pathname: string, search = '', hash = '') =>
  ({ pathname, search, hash, state: null, key: 'default' }) as Location;

describe('return path after signing in', () => {
  it('remembers the page that asked for a session, but not the home page', () => {
    expect(signInPathReturningTo(location('/change-password', '?tab=1'))).toBe(
      '/sign-in?next=%2Fchange-password%3Ftab%3D1',
    );
    expect(signInPathReturningTo(location('/'))).toBe('/sign-in');
  });

  it('says so when the session expired', () => {
    const path = signInPathReturningTo(location('/don-vi'), { expired: true });
    expect(path).toBe('/sign-in?next=%2Fdon-vi&expired=1');
    const search = new URL(path, 'http://localhost').searchParams;
    expect(sessionExpiredIn(search)).toBe(true);
    expect(returnPathFrom(search)).toBe('/don-vi');
    expect(sessionExpiredIn(new URLSearchParams('next=%2F'))).toBe(false);
  });

  it('goes back only to paths inside the app', () => {
    expect(returnPathFrom(new URLSearchParams('next=%2Fchange-password'))).toBe('/change-password');
    for (const outside of [
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
    ]) {
      expect(returnPathFrom(new URLSearchParams({ next: outside }))).toBe('/');
    }
    expect(returnPathFrom(new URLSearchParams())).toBe('/');
  });
});
