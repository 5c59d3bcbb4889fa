import type { Location } from 'react-router';

const signInPath = '/sign-in';
const expiredParameter = 'expired';

/** The sign-in URL that brings the user back to `location` afterwards, saying why when the session expired. */
export function signInPathReturningTo(location: Location, { expired = false } = {}): string {
  const target = `${location.pathname}${location.search}${location.hash}`;
  const search = new URLSearchParams();
  if (target !== '/') search.set('next', target);
  if (expired) search.set(expiredParameter, '1');
  return search.size === 0 ? signInPath : `${signInPath}?${search}`;
}

/** Whether the sign-in page was reached because the session expired. */
export const sessionExpiredIn = (search: URLSearchParams): boolean => search.has(expiredParameter);

/** Where to go after signing in; only paths inside this app, so a crafted link cannot send users elsewhere. */
export function returnPathFrom(search: URLSearchParams): string {
  const next = search.get('next');
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
