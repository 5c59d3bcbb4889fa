import { type CSSProperties, type ReactNode, useEffect, useRef, useState } from 'react';
import { type HiddenSides, hiddenSides } from './hidden-sides';
import classes from './scroll-region.module.css';

/** The width of the first column, which a region with `rowNames` keeps in view. */
const firstColumnWidth = (region: HTMLElement): number =>
  region.querySelector('tr > :first-child')?.getBoundingClientRect().width ?? 0;

/**
 * A wide table that scrolls sideways on a phone, with a shadow on each edge that has columns out of view;
 * focusable so keyboard users can scroll it too. With `rowNames`, the first column names each row (a
 * unit, an indicator) and stays in view while the figures scroll past it, the start's shadow at its edge.
 */
export function ScrollRegion({
  label,
  rowNames = false,
  children,
}: {
  label: string;
  rowNames?: boolean;
  children: ReactNode;
}) {
  const region = useRef<HTMLElement>(null);
  const [hidden, setHidden] = useState<HiddenSides>({ start: false, end: false });
  const [startInset, setStartInset] = useState(0);

  useEffect(() => {
    const element = region.current;
    if (!element) return;
    const update = () =>
      setHidden((current) => {
        const next = hiddenSides(element);
        return next.start === current.start && next.end === current.end ? current : next;
      });
    const resize = () => {
      update();
      if (rowNames) setStartInset(firstColumnWidth(element));
    };
    resize();
    // The table itself is watched too: rows arriving later can widen it without the region resizing.
    const resizes = new ResizeObserver(resize);
    for (const watched of [element, ...element.children]) resizes.observe(watched);
    element.addEventListener('scroll', update, { passive: true });
    return () => {
      resizes.disconnect();
      element.removeEventListener('scroll', update);
    };
  }, [rowNames]);

  return (
    <div
      className={classes.frame}
      data-more-start={hidden.start || undefined}
      data-more-end={hidden.end || undefined}
      style={{ '--start-inset': `${startInset}px` } as CSSProperties}
    >
      <section
        ref={region}
        aria-label={label}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
        tabIndex={0}
        className={classes.region}
        data-row-names={rowNames || undefined}
      >
        {children}
      </section>
    </div>
  );
}
