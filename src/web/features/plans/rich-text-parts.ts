/** A run of a narrative block: plain flowing content, or one table with the words of its first row. */
export type RichTextPart = { html: string; columns?: never } | { html: string; columns: string };

const COLUMNS_SHOWN = 80;

const firstRowText = (table: HTMLTableElement) => {
  const words = [...(table.rows[0]?.cells ?? [])].map((cell) => cell.textContent?.trim() ?? '').join(', ');
  return words.length > COLUMNS_SHOWN ? `${words.slice(0, COLUMNS_SHOWN - 1).trimEnd()}…` : words;
};

/** A narrative block cut around its top-level tables, so each table can scroll sideways on its own. */
export function richTextParts(html: string): RichTextPart[] {
  const { body } = new DOMParser().parseFromString(html, 'text/html');
  const parts: RichTextPart[] = [];
  let run = document.createElement('div');
  const endRun = () => {
    if (run.hasChildNodes()) parts.push({ html: run.innerHTML });
    run = document.createElement('div');
  };
  for (const node of [...body.childNodes]) {
    if (node instanceof HTMLTableElement) {
      endRun();
      parts.push({ html: node.outerHTML, columns: firstRowText(node) });
    } else {
      run.append(node);
    }
  }
  endRun();
  return parts;
}
