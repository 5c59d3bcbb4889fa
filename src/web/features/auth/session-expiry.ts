import { useSyncExternalStore } from 'react';

// Set when the server stops recognising a session this page was using, so the sign-in page can say why
// the person is back there; a deliberate sign-out leaves it unset.
let expired = false;

export const markSessionExpired = (): void => {
  expired = true;
};

export const sessionHasExpired = (): boolean => expired;

export const clearSessionExpired = (): void => {
  expired = false;
};

// Set instead while the page open holds unsaved changes: a dialog over it asks for the password again,
// so that what was typed is saved rather than lost on the way to the sign-in page.
let askingToSignInAgain = false;
const listeners = new Set<() => void>();

function setAskingToSignInAgain(asking: boolean): void {
  if (askingToSignInAgain === asking) return;
  askingToSignInAgain = asking;
  for (const listener of listeners) listener();
}

export const askToSignInAgain = (): void => setAskingToSignInAgain(true);

export const stopAskingToSignInAgain = (): void => setAskingToSignInAgain(false);

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const useAskingToSignInAgain = (): boolean =>
  useSyncExternalStore(subscribe, () => askingToSignInAgain);
