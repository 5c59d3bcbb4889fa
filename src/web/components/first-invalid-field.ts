/**
 * Brings the first field marked invalid into view once the errors just set have been drawn: on a phone
 * its message may be a screen above the button that was pressed. Not focused: a focused picker would
 * open its list over the message.
 */
export function scrollToFirstInvalidField(container: HTMLElement | null): void {
  requestAnimationFrame(() => {
    container?.querySelector('[aria-invalid="true"]')?.scrollIntoView({ block: 'center' });
  });
}
