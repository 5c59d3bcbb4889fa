import type { PartyInput, PlanContent, TaskInput } from '../../../../contract/plans/content';
import { plainContentOf } from '../../../../contract/plans/plain-content';
import type { Party, Plan } from '../../../../contract/plans/plan';

/** A unit picked from the tree (its id and name) or an organisation typed by name (no id). */
export interface DraftParty {
  unitId: string | null;
  name: string;
}

export type DraftTask = Omit<TaskInput, 'lead' | 'cooperating'> & {
  lead: DraftParty | null;
  cooperating: DraftParty[];
};

/** The plan's content as the editor holds it: parties keep their names so they can be shown. */
export type Draft = Omit<PlanContent, 'tasks' | 'responsibilities'> & {
  tasks: DraftTask[];
  responsibilities: { party: DraftParty; html: string }[];
};

const draftParty = (party: Party): DraftParty => ({ unitId: party.unit?.id ?? null, name: party.name });

const partyInput = ({ unitId, name }: DraftParty): PartyInput => (unitId ? { unitId } : { name });

export function draftFromPlan(plan: Plan): Draft {
  return {
    ...plainContentOf(plan),
    objectives: plan.objectives,
    indicators: plan.indicators,
    tasks: plan.tasks.map((task) => ({
      ...task,
      lead: draftParty(task.lead),
      cooperating: task.cooperating.map(draftParty),
    })),
    responsibilities: plan.responsibilities.map(({ party, html }) => ({ party: draftParty(party), html })),
  };
}

/** A new plan for one year, with nothing written yet. */
export function emptyDraft(year: number): Draft {
  return {
    typeName: 'KẾ HOẠCH',
    title: '',
    number: null,
    symbol: null,
    place: null,
    issuedOn: null,
    periodStartYear: year,
    periodEndYear: year,
    schoolYear: false,
    authorityLine: null,
    legalBases: [],
    sections: [],
    objectives: [],
    indicators: [],
    tasks: [],
    responsibilities: [],
    funding: [],
    reporting: [],
    annexes: [],
    recipients: [],
    archiveNote: null,
    signer: { authorityLines: [], title: null, name: null },
  };
}

/** What the API takes; a lead left empty is sent as missing so the server can say so at that task. */
export function contentFromDraft(draft: Draft): PlanContent {
  return {
    ...draft,
    tasks: draft.tasks.map((task) => ({
      ...task,
      lead: task.lead && (task.lead.unitId || task.lead.name.trim()) ? partyInput(task.lead) : null,
      cooperating: task.cooperating.filter((party) => party.unitId || party.name.trim()).map(partyInput),
    })),
    responsibilities: draft.responsibilities.map(({ party, html }) => ({ party: partyInput(party), html })),
  };
}
