import { AlignmentType } from 'docx';
import type { Align } from '../official-document.js';

export const WORD_ALIGNMENT = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
} satisfies Record<Align, unknown>;
