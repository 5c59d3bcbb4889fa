import { type ReactNode, useEffect, useRef, useState } from 'react';
import { type HiddenSides, hiddenSides } from './hidden-sides';
import classes from './scroll-region.module.css';

/**
 * A wide table that scrolls sideways on a phone, with a shadow on each edge that has columns out of view;
 * focusable so keyboard users can scroll it too.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const region = useRef<HTMLElement>(null);
  const [hidden, setHidden] = useState<HiddenSides>({ start: false, end: false });

  useEffect(() => {
    const element = region.current;
    if (!element) return;
    const update = () =>
      setHidden((current) => {
        const next = hiddenSides(element);
        return next.start === current.start && next.end === current.end ? current : next;
      });
    update();
    // The table itself is watched too: rows arriving later can widen it without the region resizing.
    const resizes = new ResizeObserver(update);
    for (const watched of [element, ...element.children]) resizes.observe(watched);
    element.addEventListener('scroll', update, { passive: true });
    return () => {
      resizes.disconnect();
      element.removeEventListener('scroll', update);
    };
  }, []);

  return (
    <div
      className={classes.frame}
      data-more-start={hidden.start || undefined}
      data-more-end={hidden.end || undefined}
    >
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard */}
      <section ref={region} aria-label={label} tabIndex={0} className={classes.region}>
        {children}
      </section>
    </div>
  );
}
