import type { FieldType } from './fields.js';

/**
 * Whether a value meets its target. A yes/no value and its target are shares of units answering “Có”
 * (a yes/no indicator targets Có as 100 %, a percent-of-units one names its share); a target of Không
 * (0 %) asks no unit to answer Có, so it is met at 0 and missed above it. Every other target is a floor.
 */
export function meetsTarget(type: FieldType, value: number, target: number): boolean {
  return type === 'yes_no' && target === 0 ? value <= target : value >= target;
}
