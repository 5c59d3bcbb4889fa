import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void) {
  window.addEventListener('focus', onChange);
  window.addEventListener('blur', onChange);
  return () => {
    window.removeEventListener('focus', onChange);
    window.removeEventListener('blur', onChange);
  };
}

/** Whether the page has the person's attention: its window is the one in front, with focus. */
export const useWindowFocus = () => useSyncExternalStore(subscribe, () => document.hasFocus());
