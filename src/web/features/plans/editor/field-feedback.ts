import { useCallback, useState } from 'react';
import type { FieldErrors } from './field-errors';

/** What one input needs: its error, when it is time to show it, and a way to tell that it was left. */
export interface FieldProps {
  error: string | undefined;
  onBlur: () => void;
}

export interface FieldFeedback {
  /** The props of the input that edits these paths; the first path with an error names it. */
  of: (...paths: string[]) => FieldProps;
}

/** Whether errors exist and whether the person can see any of them. */
export type ErrorVisibility = 'none' | 'hidden' | 'shown';

/**
 * Shows a field's error only once the person has left the field or asked to save, so a field just added
 * is not marked wrong before anything was typed into it.
 */
export function useFieldFeedback(errors: FieldErrors) {
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const [revealed, setRevealed] = useState(false);
  const shown = (path: string) => revealed || left.has(path);

  const fields: FieldFeedback = {
    of: (...paths) => ({
      error: paths.some(shown) ? paths.map((path) => errors.get(path)).find(Boolean) : undefined,
      onBlur: () =>
        setLeft((current) =>
          paths.every((path) => current.has(path)) ? current : new Set([...current, ...paths]),
        ),
    }),
  };
  const paths = [...errors.keys()];
  const visibility: ErrorVisibility = paths.length === 0 ? 'none' : paths.some(shown) ? 'shown' : 'hidden';

  return {
    fields,
    visibility,
    reveal: useCallback(() => setRevealed(true), []),
    conceal: useCallback(() => setRevealed(false), []),
  };
}
