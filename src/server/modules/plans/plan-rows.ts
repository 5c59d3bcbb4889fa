import type { PartyInput, PlanContent } from '../../../contract/plans/content.js';
import type { PlanTable } from '../../core/db/schema.js';
import { HttpProblem } from '../../core/http/problem.js';
import { foldForSearch } from '../org/search-text.js';
import { formatNumber } from './plan-number.js';
import type { PlanChildren, PlanRepository, PlanScope } from './repository.js';
import { sanitizeRichText } from './rich-text.js';

/** The columns of `plans` that come from the content an author edits. */
export type PlanContentColumns = Omit<
  PlanTable,
  | 'id'
  | 'public_id'
  | 'issuer_unit_id'
  | 'status'
  | 'version'
  | 'parent_plan_id'
  | 'amends_plan_id'
  | 'created_by'
  | 'created_at'
  | 'updated_at'
>;

const unitIdsOf = (parties: (PartyInput | null)[]) =>
  parties.flatMap((party) => (party && 'unitId' in party ? [party.unitId] : []));

export const searchTextOf = (number: number | null, symbol: string | null, title: string) =>
  foldForSearch(`${formatNumber(number, symbol) ?? ''} ${title}`);

/**
 * Turns edited content into rows: rich text sanitised, units and linked plans resolved (an unknown
 * unit or a plan the author cannot see is refused, 422), targets attached to their indicators.
 */
export async function planRows(
  repository: PlanRepository,
  content: PlanContent,
  scope: PlanScope,
): Promise<{ columns: PlanContentColumns; children: PlanChildren }> {
  const unitPublicIds = [
    ...unitIdsOf(content.tasks.flatMap((task) => [task.lead, ...task.cooperating])),
    ...unitIdsOf(content.responsibilities.map((r) => r.party)),
    ...content.recipients.flatMap((recipient) => (recipient.unitId ? [recipient.unitId] : [])),
  ];
  const planPublicIds = content.legalBases.flatMap((basis) => (basis.planId ? [basis.planId] : []));
  const [units, plans] = await Promise.all([
    repository.unitsByPublicId([...new Set(unitPublicIds)]),
    repository.visiblePlanIds([...new Set(planPublicIds)], scope),
  ]);
  const unitIds = new Map(units.map((unit) => [unit.public_id, unit.id]));
  const missingUnit = unitPublicIds.find((id) => !unitIds.has(id));
  if (missingUnit) throw new HttpProblem('unit_not_found', `There is no unit with id ${missingUnit}.`);
  const missingPlan = planPublicIds.find((id) => !plans.has(id));
  if (missingPlan) {
    throw new HttpProblem(
      'linked_plan_not_found',
      `There is no plan ${missingPlan}, or it is not visible to you.`,
    );
  }
  const unitId = (publicId: string) => unitIds.get(publicId) as number;

  let position = 0;
  const indicators = [
    ...content.objectives.flatMap((objective, objectivePosition) =>
      objective.indicators.map((indicator) => ({ indicator, objectivePosition })),
    ),
    ...content.indicators.map((indicator) => ({ indicator, objectivePosition: null })),
  ].map(({ indicator, objectivePosition }) => ({
    position: position++,
    objective_position: objectivePosition,
    name: indicator.name,
    measure: indicator.measure,
    computation: indicator.computation,
    targets: indicator.targets,
  }));

  return {
    columns: {
      type_name: content.typeName,
      title: content.title,
      search_text: searchTextOf(content.number, content.symbol, content.title),
      number: content.number,
      symbol: content.symbol,
      number_year: content.number !== null && content.issuedOn ? Number(content.issuedOn.slice(0, 4)) : null,
      place: content.place,
      issued_on: content.issuedOn,
      period_start_year: content.periodStartYear,
      period_end_year: content.periodEndYear,
      school_year: content.schoolYear ? 1 : 0,
      authority_line: content.authorityLine,
      archive_note: content.archiveNote,
      signer_json: JSON.stringify(content.signer),
      sections_json: JSON.stringify(
        content.sections.map((section) => ({ ...section, html: sanitizeRichText(section.html) })),
      ),
      responsibilities_json: JSON.stringify(
        content.responsibilities.map((r) => ({ party: r.party, html: sanitizeRichText(r.html) })),
      ),
      funding_json: JSON.stringify(content.funding),
      reporting_json: JSON.stringify(content.reporting),
      annexes_json: JSON.stringify(content.annexes),
    },
    children: {
      legalBases: content.legalBases.map((basis, index) => ({
        position: index,
        text: basis.text,
        linked_plan_id: basis.planId ? (plans.get(basis.planId) ?? null) : null,
      })),
      recipients: content.recipients.map((recipient, index) => ({
        position: index,
        unit_id: recipient.unitId ? unitId(recipient.unitId) : null,
        text: recipient.text,
      })),
      objectives: content.objectives.map((objective, index) => ({
        position: index,
        kind: objective.kind,
        text: objective.text,
      })),
      indicators,
      tasks: content.tasks.map((task, index) => ({
        position: index,
        numbering: task.numbering,
        content: task.content,
        lead_unit_id: task.lead && 'unitId' in task.lead ? unitId(task.lead.unitId) : null,
        lead_name: task.lead && 'name' in task.lead ? task.lead.name : null,
        cooperating_json: JSON.stringify(task.cooperating),
        timing_json: task.timing === null ? null : JSON.stringify(task.timing),
        expected_output: task.expectedOutput,
      })),
    },
  };
}
