import type { FieldErrors } from './field-errors';
import type { Draft } from './plan-draft';

/** What each part of the editor gets: the draft, a way to change it, and the server's field errors. */
export interface EditorPartProps {
  draft: Draft;
  change: (changes: Partial<Draft>) => void;
  errors: FieldErrors;
}
