export interface HiddenSides {
  start: boolean;
  end: boolean;
}

type ScrollBox = Pick<Element, 'scrollLeft' | 'scrollWidth' | 'clientWidth'>;

/** Which sides of a sideways-scrolling box have content out of view; a pixel of slack absorbs sub-pixel rounding. */
export function hiddenSides({ scrollLeft, scrollWidth, clientWidth }: ScrollBox): HiddenSides {
  return { start: scrollLeft > 1, end: scrollLeft + clientWidth < scrollWidth - 1 };
}
