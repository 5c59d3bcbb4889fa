import type { Location } from 'react-router';
import { describe, expect, it } from 'vitest';
import { returnPathFrom, signInPathReturningTo } from './return-path';

const location = (pathname: string, search = '', hash = '') =>
  ({ pathname, search, hash, state: null, key: 'default' }) as Location;

describe('return path after signing in', () => {
  it('remembers the page that asked for a session, but not the home page', () => {
    expect(signInPathReturningTo(location('/change-password', '?tab=1'))).toBe(
      '/sign-in?next=%2Fchange-password%3Ftab%3D1',
    );
    expect(signInPathReturningTo(location('/'))).toBe('/sign-in');
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
