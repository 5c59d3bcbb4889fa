import { narrativeKeys } from '../../../contract/reporting/fields.js';
import type { Report } from '../../../contract/reporting/reports.js';
import { type StoredValue, toShownValue } from './field-values.js';
import type { FieldRow, ReportRow } from './repository.js';
import { hasCeiling } from './target-sql.js';

/** What a report holds for one field: its value, and the plan's target for the round's year. */
type FieldContent = StoredValue & {
  target: number | string | null;
  target_ceiling: number | string | null;
};

export type Narrative = Report['narrative'];

export function parseNarrative(json: string): Narrative {
  const stored = JSON.parse(json) as Partial<Narrative>;
  return Object.fromEntries(narrativeKeys.map((key) => [key, stored[key] ?? ''])) as Narrative;
}

export const emptyNarrative = (): string =>
  JSON.stringify(Object.fromEntries(narrativeKeys.map((key) => [key, ''])));

/** The last level that approved a report still under review, or null. */
export const approvedThroughOf = (
  row: Pick<ReportRow, 'approved_public_id' | 'approved_name' | 'approved_kind'>,
): Report['approvedThrough'] =>
  row.approved_public_id && row.approved_name && row.approved_kind
    ? { id: row.approved_public_id, name: row.approved_name, kind: row.approved_kind }
    : null;

export function toReport(
  row: ReportRow,
  fields: readonly FieldRow[],
  /** Each field's stored value and the plan's target for the round's year, by field id. */
  content: Map<number, FieldContent>,
  attachments: Report['attachments'],
  abilities: Report['abilities'],
): Report {
  return {
    id: row.public_id,
    version: row.version,
    status: row.status,
    late: row.late === 1,
    dueOn: row.due_on,
    submittedAt: row.submitted_at,
    returnReason: row.return_reason,
    approvedThrough: approvedThroughOf(row),
    round: { id: row.round_public_id, title: row.round_title, status: row.round_status },
    unit: { id: row.unit_public_id, name: row.unit_name, kind: row.unit_kind },
    fields: fields.map((field) => {
      const stored = content.get(field.id);
      return {
        indicatorId: field.public_id,
        type: field.type,
        label: field.label,
        fromPlan: field.indicator_id !== null,
        value: toShownValue(field.type, stored),
        percent: field.type === 'percent' ? (stored?.value ?? null) : null,
        target: stored?.target == null ? null : Number(stored.target),
        targetIsCeiling: hasCeiling(stored),
      };
    }),
    narrative: parseNarrative(row.narrative_json),
    attachments,
    abilities,
  };
}
