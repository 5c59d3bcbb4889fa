import type { OrgUnitKind } from '../org.js';

/** The levels a round can ask to report, lowest first: each gathers the reports of those before it. */
export const reportingKinds: readonly OrgUnitKind[] = ['school', 'commune', 'district_office', 'department'];

export interface LevelDeadline {
  unitKind: OrgUnitKind;
  dueOn: string;
}

/**
 * A level whose deadline falls before that of a level below it, with that lower level: a commune due
 * on 05/06 cannot gather the reports of schools due on 15/06. Null when every level comes after those
 * below it.
 */
export function deadlineBeforeLowerLevel(
  deadlines: readonly LevelDeadline[],
): { higher: LevelDeadline; lower: LevelDeadline } | null {
  const inOrder = deadlines
    .filter((deadline) => reportingKinds.includes(deadline.unitKind))
    .toSorted((a, b) => reportingKinds.indexOf(a.unitKind) - reportingKinds.indexOf(b.unitKind));
  for (const [index, higher] of inOrder.entries()) {
    const lower = inOrder.slice(0, index).find((below) => below.dueOn > higher.dueOn);
    if (lower) return { higher, lower };
  }
  return null;
}
