import { TextRun } from 'docx';
import type { Run } from '../official-document.js';

/**
 * Named on every run, not only in the document defaults, so that text pasted into another document keeps
 * the font the decree requires.
 */
const FONT = 'Times New Roman';

export interface RunFormat {
  /** In points. */
  size?: number;
  bold?: boolean;
  italic?: boolean;
}

/** Word runs for the text; "\n" becomes a line break inside the paragraph. */
export function textRuns(runs: Run[], format: RunFormat = {}): TextRun[] {
  return runs.flatMap((run) =>
    run.text.split('\n').map(
      (text, index) =>
        new TextRun({
          text,
          font: FONT,
          break: index > 0 ? 1 : undefined,
          bold: run.bold || format.bold || undefined,
          italics: run.italic || format.italic || undefined,
          underline: run.underline ? {} : undefined,
          size: format.size ? format.size * 2 : undefined,
        }),
    ),
  );
}
