/**
 * Whether a value meets its target. A target is a floor, but for a yes/no indicator targeted Không:
 * its target, 0 % of units answering Có, is a ceiling, met at 0 and missed above it.
 */
export function meetsTarget(value: number, target: number, isCeiling: boolean): boolean {
  return isCeiling ? value <= target : value >= target;
}
