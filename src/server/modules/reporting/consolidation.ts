import { narrativeKeys } from '../../../contract/reporting/fields.js';
import type { Consolidation } from '../../../contract/reporting/reports.js';
import type { StoredValue } from './field-values.js';
import { type Narrative, parseNarrative } from './report-view.js';
import type { FieldRow, ReportingRepository } from './repository.js';
import { hasCeiling } from './target-sql.js';

type RollupRow = Awaited<ReturnType<ReportingRepository['rollup']>>[number];
type Subordinate = Awaited<ReturnType<ReportingRepository['approvedSubordinates']>>[number];
type ConsolidatedField = Consolidation['summary']['fields'][number];

interface TextValue {
  report_id: number;
  field_id: number;
  text_value: string | null;
}

const empty: StoredValue = { value: null, numerator: null, denominator: null, text_value: null };

/** "Trường THCS Hoàng Mai: …" for every unit that wrote something, a blank line between units. */
function gathered(entries: { unitName: string; text: string | null | undefined }[]): string | null {
  const written = entries.filter((entry) => entry.text?.trim());
  if (written.length === 0) return null;
  return written.map((entry) => `${entry.unitName}: ${entry.text?.trim()}`).join('\n\n');
}

/** The value a field of the consolidating report takes from the roll-up of its approved subordinates. */
function aggregate(
  field: FieldRow,
  row: RollupRow | undefined,
  texts: { unitName: string; text: string | null | undefined }[],
): { stored: StoredValue | null; summary: ConsolidatedField } {
  const answered = Number(row?.answered ?? 0);
  const summary = (
    aggregation: ConsolidatedField['aggregation'],
    count = answered,
    yes: number | null = null,
  ) => ({
    indicatorId: field.public_id,
    aggregation: count === 0 ? ('kept' as const) : aggregation,
    answered: count,
    yes,
  });
  switch (field.type) {
    case 'count':
    case 'number':
    case 'money':
      return {
        stored: answered === 0 ? null : { ...empty, value: Number(row?.value_sum) },
        summary: summary('sum'),
      };
    case 'percent': {
      const numerator = Number(row?.numerator_sum ?? 0);
      const denominator = Number(row?.denominator_sum ?? 0);
      return {
        stored:
          answered === 0 || denominator === 0
            ? null
            : { ...empty, numerator, denominator, value: (100 * numerator) / denominator },
        summary: summary('ratio'),
      };
    }
    case 'yes_no': {
      const yes = Number(row?.value_sum ?? 0);
      // Under a target of Không ("an incident happened"), one unit answering Có makes the whole answer Có.
      const anyYes = hasCeiling(row);
      const answer = anyYes ? yes > 0 : yes === answered;
      return {
        stored: answered === 0 ? null : { ...empty, value: answer ? 1 : 0 },
        summary: summary(anyYes ? 'any_yes' : 'all_yes', answered, yes),
      };
    }
    case 'text': {
      const text = gathered(texts);
      return {
        stored: text === null ? null : { ...empty, text_value: text },
        summary: summary('gathered', texts.filter((entry) => entry.text?.trim()).length),
      };
    }
  }
}

/**
 * What consolidation writes into a unit's own report: each field from the roll-up of its approved
 * subordinate reports, text fields and narrative sections gathered unit by unit. A field or section
 * no included report answered keeps what the unit had entered.
 */
export function consolidatedContent(input: {
  fields: readonly FieldRow[];
  rollup: RollupRow[];
  subordinates: Subordinate[];
  texts: TextValue[];
  narrative: Narrative;
}): {
  values: { field_id: number; stored: StoredValue }[];
  narrative: Narrative;
  summary: Consolidation['summary'];
} {
  const byField = new Map(input.rollup.map((row) => [row.public_id, row]));
  const unitOf = new Map(input.subordinates.map((report) => [report.id, report.unit_name]));
  const aggregated = input.fields.map((field) => {
    const texts = input.texts
      .filter((value) => value.field_id === field.id)
      .map((value) => ({ unitName: unitOf.get(value.report_id) ?? '', text: value.text_value }));
    return { field, ...aggregate(field, byField.get(field.public_id), texts) };
  });
  const narratives = input.subordinates.map((report) => ({
    unitName: report.unit_name,
    narrative: parseNarrative(report.narrative_json),
  }));
  const narrative = Object.fromEntries(
    narrativeKeys.map((key) => [
      key,
      gathered(narratives.map((entry) => ({ unitName: entry.unitName, text: entry.narrative[key] }))) ??
        input.narrative[key],
    ]),
  ) as Narrative;
  const subordinates = Number(input.rollup[0]?.expected ?? input.subordinates.length);
  return {
    values: aggregated.flatMap(({ field, stored }) => (stored ? [{ field_id: field.id, stored }] : [])),
    narrative,
    summary: {
      subordinates,
      included: input.subordinates.length,
      notApproved: subordinates - input.subordinates.length,
      fields: aggregated.map(({ summary }) => summary),
    },
  };
}
