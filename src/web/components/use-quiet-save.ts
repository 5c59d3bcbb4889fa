import { type Dispatch, type RefObject, type SetStateAction, useCallback, useEffect, useRef } from 'react';
import type { AutosaveProgress } from './autosave-status';

interface QuietSaveOptions<Draft, State extends { kind: string }> {
  draft: Draft;
  /** The draft last saved: nothing is sent while the draft is still that one. */
  saved: RefObject<Draft>;
  /** True while nothing may be sent, as when a colleague's newer save is not resolved yet. */
  paused: boolean;
  /** Quiet time after the last change before the draft is saved. */
  quietMs: number;
  send: () => Promise<void>;
  /** Told the draft is unsaved, unless a refused value keeps it invalid. */
  setState: Dispatch<SetStateAction<AutosaveProgress | State>>;
}

/**
 * Saves a draft a moment after the person stops changing it, one save at a time so each sends the
 * version the previous one got back. `save` saves now; `settled` waits for the saves under way.
 */
export function useQuietSave<Draft, State extends { kind: string }>({
  draft,
  saved,
  paused,
  quietMs,
  send,
  setState,
}: QuietSaveOptions<Draft, State>) {
  const queue = useRef(Promise.resolve());
  const save = useCallback(() => {
    queue.current = queue.current.then(send);
    return queue.current;
  }, [send]);

  // Also when `save` is new: a new session's CSRF token, after signing in again, sends what failed.
  useEffect(() => {
    if (draft === saved.current || paused) return;
    setState((current) => (current.kind === 'invalid' ? current : { kind: 'unsaved' }));
    const timer = setTimeout(save, quietMs);
    return () => clearTimeout(timer);
  }, [draft, saved, paused, quietMs, save, setState]);

  const settled = useCallback(() => queue.current, []);
  return { save, settled };
}
