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
