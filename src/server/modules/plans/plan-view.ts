import type { OrgUnitKind } from '../../../contract/org.js';
import type { PartyInput, PlanContent, Signer, TaskTiming } from '../../../contract/plans/content.js';
import { plainContentOf } from '../../../contract/plans/plain-content.js';
import type { Party, Plan, PlanRef, PlanStatus } from '../../../contract/plans/plan.js';
import { formatNumber } from './plan-number.js';
import type { PlanRepository, PlanRow } from './repository.js';

type UnitRef = { id: string; name: string; kind: OrgUnitKind };

const ref = (
  publicId: string | null,
  number: number | null,
  symbol: string | null,
  title: string | null,
  status: PlanStatus | null,
): PlanRef | null =>
  publicId && title && status ? { id: publicId, number: formatNumber(number, symbol), title, status } : null;

const unitOf = (publicId: string | null, name: string | null, kind: OrgUnitKind | null): UnitRef | null =>
  publicId && name && kind ? { id: publicId, name, kind } : null;

/** Everything of a plan except its abilities, read in a fixed number of queries whatever its size. */
export async function readPlan(repository: PlanRepository, row: PlanRow): Promise<Omit<Plan, 'abilities'>> {
  const [legalBases, recipients, objectives, indicators, targets, tasks] = await Promise.all([
    repository.legalBases(row.id),
    repository.recipients(row.id),
    repository.objectives(row.id),
    repository.indicators(row.id),
    repository.targets(row.id),
    repository.tasks(row.id),
  ]);
  const responsibilities = JSON.parse(row.responsibilities_json) as { party: PartyInput; html: string }[];
  const cooperating = tasks.map((task) => JSON.parse(task.cooperating_json) as PartyInput[]);
  const unitIds = [...responsibilities.map((r) => r.party), ...cooperating.flat()].flatMap((party) =>
    'unitId' in party ? [party.unitId] : [],
  );
  const units = new Map(
    (await repository.unitsByPublicId([...new Set(unitIds)])).map((unit) => [
      unit.public_id,
      { id: unit.public_id, name: unit.name, kind: unit.kind },
    ]),
  );
  const party = (input: PartyInput): Party => {
    if ('name' in input) return { unit: null, name: input.name };
    const unit = units.get(input.unitId) ?? null;
    return { unit, name: unit?.name ?? '' };
  };

  const targetsOf = new Map<number, { year: number; value: number }[]>();
  for (const target of targets) {
    const list = targetsOf.get(target.indicator_id) ?? [];
    list.push({ year: target.year, value: target.value });
    targetsOf.set(target.indicator_id, list);
  }
  const indicator = (row: (typeof indicators)[number]) => ({
    name: row.name,
    measure: row.measure,
    computation: row.computation,
    targets: targetsOf.get(row.id) ?? [],
  });

  return {
    id: row.public_id,
    status: row.status,
    version: row.version,
    issuer: { id: row.issuer_public_id, name: row.issuer_name, kind: row.issuer_kind },
    number: formatNumber(row.number, row.symbol),
    numberValue: row.number,
    symbol: row.symbol,
    typeName: row.type_name,
    title: row.title,
    place: row.place,
    issuedOn: row.issued_on,
    periodStartYear: row.period_start_year,
    periodEndYear: row.period_end_year,
    schoolYear: row.school_year === 1,
    authorityLine: row.authority_line,
    implements: ref(
      row.parent_public_id,
      row.parent_number,
      row.parent_symbol,
      row.parent_title,
      row.parent_status,
    ),
    amends: ref(
      row.amended_public_id,
      row.amended_number,
      row.amended_symbol,
      row.amended_title,
      row.amended_status,
    ),
    legalBases: legalBases.map((basis) => ({
      text: basis.text,
      plan: ref(
        basis.linked_public_id,
        basis.linked_number,
        basis.linked_symbol,
        basis.linked_title,
        basis.linked_status,
      ),
    })),
    sections: JSON.parse(row.sections_json),
    objectives: objectives.map((objective) => ({
      kind: objective.kind,
      text: objective.text,
      indicators: indicators.filter((i) => i.objective_id === objective.id).map(indicator),
    })),
    indicators: indicators.filter((i) => i.objective_id === null).map(indicator),
    tasks: tasks.map((task, index) => ({
      numbering: task.numbering,
      content: task.content,
      lead:
        task.lead_public_id !== null
          ? {
              unit: unitOf(task.lead_public_id, task.lead_unit_name, task.lead_kind),
              name: task.lead_unit_name ?? '',
            }
          : { unit: null, name: task.lead_name ?? '' },
      cooperating: (cooperating[index] ?? []).map(party),
      timing: task.timing_json === null ? null : (JSON.parse(task.timing_json) as TaskTiming),
      expectedOutput: task.expected_output,
    })),
    responsibilities: responsibilities.map((r) => ({ party: party(r.party), html: r.html })),
    funding: JSON.parse(row.funding_json),
    reporting: JSON.parse(row.reporting_json),
    annexes: JSON.parse(row.annexes_json),
    recipients: recipients.map((recipient) => ({
      unit: unitOf(recipient.unit_public_id, recipient.unit_name, recipient.unit_kind),
      text: recipient.text,
    })),
    archiveNote: row.archive_note,
    signer: JSON.parse(row.signer_json) as Signer,
    author: row.author_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

const partyInput = (party: Party): PartyInput =>
  party.unit ? { unitId: party.unit.id } : { name: party.name };

/** A plan as editable content again: what an amendment or an implementing plan starts from. */
export function contentOf(plan: Omit<Plan, 'abilities'>): PlanContent {
  const indicatorInput = (indicator: Plan['indicators'][number]) => ({
    name: indicator.name,
    measure: indicator.measure,
    computation: indicator.computation,
    targets: indicator.targets,
  });
  return {
    ...plainContentOf(plan),
    objectives: plan.objectives.map((objective) => ({
      kind: objective.kind,
      text: objective.text,
      indicators: objective.indicators.map(indicatorInput),
    })),
    indicators: plan.indicators.map(indicatorInput),
    tasks: plan.tasks.map((task) => ({
      numbering: task.numbering,
      content: task.content,
      lead: partyInput(task.lead),
      cooperating: task.cooperating.map(partyInput),
      timing: task.timing,
      expectedOutput: task.expectedOutput,
    })),
    responsibilities: plan.responsibilities.map((r) => ({ party: partyInput(r.party), html: r.html })),
  };
}
