import { Fragment, useMemo } from 'react';
import { ScrollRegion } from '../../components/scroll-region';
import classes from './plan-document.module.css';
import { richTextParts } from './rich-text-parts';
import { usePlanMessages } from './use-plan-messages';

function StoredHtml({ html }: { html: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the server stores only allow-listed tags (headings, lists, emphasis, tables) and no other attributes than cell spans
  return <div dangerouslySetInnerHTML={{ __html: html }} />;
}

/** A narrative block as the server stored it, each of its tables scrolling sideways on its own on a phone. */
export function PlanRichText({ html }: { html: string }) {
  const plans = usePlanMessages();
  const parts = useMemo(() => richTextParts(html, plans.page.textTable), [html, plans.page.textTable]);
  return (
    <div className={classes.richText}>
      {parts.map(({ html: part, label }, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of a block are identified by their order
        <Fragment key={index}>
          {label === undefined ? (
            <StoredHtml html={part} />
          ) : (
            <ScrollRegion label={label}>
              <StoredHtml html={part} />
            </ScrollRegion>
          )}
        </Fragment>
      ))}
    </div>
  );
}
