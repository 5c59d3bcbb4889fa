import { useSyncExternalStore } from 'react';

// Two things the app remembers about a session the server stopped recognising.

// First: that it ended, so the sign-in page can say why the person is back there; a deliberate sign-out
// leaves it unset.
let expired = false;

export const markSessionExpired = (): void => {
  expired = true;
};

export const sessionHasExpired = (): boolean => expired;

export const clearSessionExpired = (): void => {
  expired = false;
};

// Second, while the page open holds unsaved changes: that a dialog over it is asking for the password
// again, so that what was typed is saved rather than lost on the way to the sign-in page; and whether
// the person closed that dialog, after which only a refused save asks again.
let signInAgain: 'no' | 'asking' | 'dismissed' = 'no';
const listeners = new Set<() => void>();

function setSignInAgain(next: typeof signInAgain): void {
  if (signInAgain === next) return;
  signInAgain = next;
  for (const listener of listeners) listener();
}

export const askToSignInAgain = (): void => setSignInAgain('asking');

export const dismissSignInAgain = (): void => setSignInAgain('dismissed');

/** Once signed in again, or once the session is forgotten: nobody is asked any more. */
export const stopAskingToSignInAgain = (): void => setSignInAgain('no');

export const signInAgainDismissed = (): boolean => signInAgain === 'dismissed';

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const useAskingToSignInAgain = (): boolean =>
  useSyncExternalStore(subscribe, () => signInAgain === 'asking');
