/** Fills from light to dark green for the value classes; grey for a province without a value. */
export const shades = ['#e8f6ee', '#a3d8b8', '#47b173', '#1f8d50', '#0b4d29'] as const;
export const noValueShade = '#dee2e6';

export interface ValueClass {
  from: number;
  to: number;
  shade: string;
}

/**
 * Splits a range into equal classes, one per shade: the given scale (0–100 for a share, so 0 % reads as
 * light whatever the other provinces show), or else the range of the values (one class when they are equal).
 */
export function valueClasses(values: number[], scale?: { min: number; max: number }): ValueClass[] {
  if (values.length === 0) return [];
  const min = scale?.min ?? Math.min(...values);
  const max = scale?.max ?? Math.max(...values);
  if (min === max) return [{ from: min, to: max, shade: shades[shades.length - 1] as string }];
  const step = (max - min) / shades.length;
  return shades.map((shade, index) => ({
    from: min + step * index,
    to: index === shades.length - 1 ? max : min + step * (index + 1),
    shade,
  }));
}

export function shadeFor(value: number | undefined, classes: ValueClass[]): string {
  if (value === undefined) return noValueShade;
  return (classes.find((valueClass) => value <= valueClass.to) ?? classes.at(-1))?.shade ?? noValueShade;
}
