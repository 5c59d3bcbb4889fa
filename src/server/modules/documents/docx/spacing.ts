import { LineRuleType } from 'docx';

/**
 * Paragraph spacing in twips. The rule is written out: without it LibreOffice reads the line height as
 * exact and lets 14 pt lines overlap.
 */
export const spacing = (before: number, after: number, lines = 1) => ({
  before,
  after,
  line: Math.round(240 * lines),
  lineRule: LineRuleType.AUTO,
});
