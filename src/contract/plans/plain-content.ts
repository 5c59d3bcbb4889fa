import type { PlanContent } from './content.js';
import type { Plan } from './plan.js';

type PlainContent = Omit<PlanContent, 'objectives' | 'indicators' | 'tasks' | 'responsibilities'>;

/**
 * The parts of a plan's content that read back from the plan field for field, linked plans and units
 * by id: all but the objectives, indicators and parties, which the API and the editor each hold in a
 * shape of their own.
 */
export function plainContentOf(plan: Omit<Plan, 'abilities'>): PlainContent {
  return {
    typeName: plan.typeName,
    title: plan.title,
    number: plan.numberValue,
    symbol: plan.symbol,
    place: plan.place,
    issuedOn: plan.issuedOn,
    periodStartYear: plan.periodStartYear,
    periodEndYear: plan.periodEndYear,
    schoolYear: plan.schoolYear,
    authorityLine: plan.authorityLine,
    legalBases: plan.legalBases.map(({ text, plan: linked }) => ({ text, planId: linked?.id ?? null })),
    sections: plan.sections,
    funding: plan.funding,
    reporting: plan.reporting,
    annexes: plan.annexes,
    recipients: plan.recipients.map(({ unit, text }) => ({ unitId: unit?.id ?? null, text })),
    archiveNote: plan.archiveNote,
    signer: plan.signer,
  };
}
