/** A run of a narrative block: plain flowing content, or one table with the name of its scroll region. */
export type RichTextPart = { html: string; label?: string };

/** Marks the region a table nested in a list scrolls in; styled in plan-document.module.css. */
const NESTED_TABLE_REGION = 'data-table-region';

const COLUMNS_SHOWN = 80;

const firstRowText = (table: HTMLTableElement) => {
  const words = [...(table.rows[0]?.cells ?? [])].map((cell) => cell.textContent?.trim() ?? '').join(', ');
  return words.length > COLUMNS_SHOWN ? `${words.slice(0, COLUMNS_SHOWN - 1).trimEnd()}…` : words;
};

/**
 * Wraps each table of a run that sits inside another element (a list item, say) in a scrolling region
 * of its own, focusable and named like the regions of top-level tables, so a keyboard can scroll it too.
 * Tables inside another table's cells are left alone: the outer table's region scrolls them.
 */
function wrapNestedTables(run: HTMLElement, tableLabel: (columns: string) => string) {
  for (const table of run.querySelectorAll('table')) {
    if (table.parentElement?.closest('table')) continue;
    const region = document.createElement('div');
    region.setAttribute(NESTED_TABLE_REGION, '');
    region.setAttribute('role', 'region');
    region.setAttribute('tabindex', '0');
    region.setAttribute('aria-label', tableLabel(firstRowText(table)));
    table.replaceWith(region);
    region.append(table);
  }
}

/**
 * A narrative block cut around its top-level tables, so each table can scroll sideways on its own;
 * `tableLabel` names a table's region from the words of its first row.
 */
export function richTextParts(html: string, tableLabel: (columns: string) => string): RichTextPart[] {
  const { body } = new DOMParser().parseFromString(html, 'text/html');
  const parts: RichTextPart[] = [];
  let run = document.createElement('div');
  const endRun = () => {
    wrapNestedTables(run, tableLabel);
    if (run.hasChildNodes()) parts.push({ html: run.innerHTML });
    run = document.createElement('div');
  };
  for (const node of [...body.childNodes]) {
    if (node instanceof HTMLTableElement) {
      endRun();
      parts.push({ html: node.outerHTML, label: tableLabel(firstRowText(node)) });
    } else {
      run.append(node);
    }
  }
  endRun();
  return parts;
}
