import type { FieldFeedback } from './field-feedback';
import type { Draft } from './plan-draft';

/** What each part of the editor gets: the draft, a way to change it, and each field's error and blur. */
export interface EditorPartProps {
  draft: Draft;
  change: (changes: Partial<Draft>) => void;
  fields: FieldFeedback;
}
