import type { Location } from 'react-router';

const signInPath = '/sign-in';

/** The sign-in URL that brings the user back to `location` afterwards. */
export function signInPathReturningTo(location: Location): string {
  const target = `${location.pathname}${location.search}${location.hash}`;
  return target === '/' ? signInPath : `${signInPath}?next=${encodeURIComponent(target)}`;
}

/** Where to go after signing in; only paths inside this app, so a crafted link cannot send users elsewhere. */
export function returnPathFrom(search: URLSearchParams): string {
  const next = search.get('next');
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
