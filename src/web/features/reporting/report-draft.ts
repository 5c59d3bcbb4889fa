import type { narrativeKeys } from '../../../contract/reporting/fields';
import type { Report, ReportChanges } from '../../../contract/reporting/reports';
import type { FieldProblem } from '../../i18n/reporting-vi';
import { entryOf, type FieldEntry, type FieldValue, type ReportField, valueOfEntry } from './field-entry';

export type NarrativeKey = (typeof narrativeKeys)[number];

/** The report as the person is editing it. */
export interface ReportDraft {
  entries: Readonly<Record<string, FieldEntry>>;
  narrative: Readonly<Record<NarrativeKey, string>>;
}

export const draftOf = (report: Report): ReportDraft => ({
  entries: Object.fromEntries(report.fields.map((field) => [field.indicatorId, entryOf(field)])),
  narrative: {
    results: report.narrative.results ?? '',
    limitations: report.narrative.limitations ?? '',
    proposals: report.narrative.proposals ?? '',
  },
});

/** Typed changes taken off the autosave for a submission to save. */
export interface HandedOver {
  changes: ReportChanges | undefined;
  /** How many questions the report leaves unanswered, for the submission to mention before it goes. */
  unanswered: number;
  /** Returns them to autosave when the submission does not happen, marking the values it refused. */
  giveBack(error?: unknown): void;
}

/** What the page asks of the report being edited before other steps act on the report. */
export interface EditorHandle {
  /** Saves what is typed; false when something cannot be saved yet. */
  flush(): Promise<boolean>;
  /** The changes for a submission to carry; null while something typed cannot be submitted. */
  handOver(): Promise<HandedOver | null>;
}

/** A report that cannot be edited has nothing to save or carry. */
export const noEditor: EditorHandle = {
  flush: async () => true,
  handOver: async () => ({ changes: undefined, unanswered: 0, giveBack: () => {} }),
};

/**
 * The values to save from a draft, and the fields left out because what was typed cannot be
 * accepted yet (they keep their last saved value until corrected).
 */
export function valuesOfDraft(
  fields: readonly ReportField[],
  draft: ReportDraft,
): { values: Record<string, FieldValue>; problems: Record<string, FieldProblem> } {
  const values: Record<string, FieldValue> = {};
  const problems: Record<string, FieldProblem> = {};
  for (const field of fields) {
    const entry = draft.entries[field.indicatorId];
    if (!entry) continue;
    const result = valueOfEntry(entry);
    if ('problem' in result) problems[field.indicatorId] = result.problem;
    else values[field.indicatorId] = result.value;
  }
  return { values, problems };
}
