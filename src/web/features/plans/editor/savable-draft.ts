import type { IndicatorInput } from '../../../../contract/plans/content';
import type { Draft, DraftParty, DraftTask } from './plan-draft';

/** What autosave sends: the draft without the items added but not written in yet. */
export interface SavableDraft {
  draft: Draft;
  /** How many blank items were left out. */
  leftOut: number;
  /** The draft's path of a field the server names by its path in what was sent. */
  toDraftPath: (sentPath: string) => string;
}

const blank = (text: string | null) => (text ?? '').trim() === '';
const blankParty = (party: DraftParty | null) =>
  party === null || (party.unitId === null && blank(party.name));

const blankIndicator = (indicator: IndicatorInput) =>
  blank(indicator.name) && blank(indicator.computation) && indicator.targets.length === 0;

const blankTask = (task: DraftTask) =>
  blank(task.content) &&
  blank(task.numbering) &&
  blank(task.expectedOutput) &&
  blankParty(task.lead) &&
  task.cooperating.every(blankParty) &&
  task.timing === null;

/**
 * Leaves out the items still blank in the lists whose items must have text: a legal basis, objective,
 * indicator, task or recipient just added with "Thêm …", or emptied to be written again. The server
 * would refuse them, and with them every other change, so the rest is saved meanwhile and they are
 * saved once something is written in them. The server names refused fields by their place in what
 * was sent; `toDraftPath` gives their place in the draft, which still holds the blank items.
 */
export function savableDraft(draft: Draft): SavableDraft {
  const keptIndices = new Map<string, number[]>();
  let leftOut = 0;
  const keep = <T>(listPath: string, items: readonly T[], isBlank: (item: T) => boolean): T[] => {
    const indices = items.flatMap((item, index) => (isBlank(item) ? [] : [index]));
    leftOut += items.length - indices.length;
    keptIndices.set(listPath, indices);
    return indices.map((index) => items[index] as T);
  };
  const objectives = keep(
    'objectives',
    draft.objectives,
    (objective) => blank(objective.text) && objective.indicators.every(blankIndicator),
  ).map((objective, index) => ({
    ...objective,
    indicators: keep(`objectives.${index}.indicators`, objective.indicators, blankIndicator),
  }));
  const savable: Draft = {
    ...draft,
    legalBases: keep('legalBases', draft.legalBases, (basis) => blank(basis.text) && basis.planId === null),
    objectives,
    indicators: keep('indicators', draft.indicators, blankIndicator),
    tasks: keep('tasks', draft.tasks, blankTask),
    recipients: keep('recipients', draft.recipients, (line) => blank(line.text) && line.unitId === null),
  };
  const toDraftPath = (sentPath: string) => {
    const segments = sentPath.split('.');
    return segments
      .map((segment, at) => {
        const kept = keptIndices.get(segments.slice(0, at).join('.'));
        return kept && /^\d+$/.test(segment) ? String(kept[Number(segment)] ?? segment) : segment;
      })
      .join('.');
  };
  return { draft: savable, leftOut, toDraftPath };
}
