import classes from './plan-document.module.css';

/** A narrative block as the server stored it: sanitised there (headings, lists, emphasis, tables only). */
export function PlanRichText({ html }: { html: string }) {
  // biome-ignore lint/security/noDangerouslySetInnerHtml: the server stores only allow-listed tags (headings, lists, emphasis, tables) and no other attributes than cell spans
  return <div className={classes.richText} dangerouslySetInnerHTML={{ __html: html }} />;
}
