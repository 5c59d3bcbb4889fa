import { meetsTarget } from '../../../contract/reporting/target-attainment';

/** Bars that meet their target, miss it, or have none to meet; each at least 3:1 against white. */
export const barColours = { met: '#1f8d50', notMet: '#b45309', noTarget: '#5c6ac4' } as const;

export const colourOf = (value: number | null, target: number | null, targetIsCeiling: boolean): string =>
  target === null || value === null
    ? barColours.noTarget
    : meetsTarget(value, target, targetIsCeiling)
      ? barColours.met
      : barColours.notMet;
