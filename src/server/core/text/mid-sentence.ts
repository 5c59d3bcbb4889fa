/**
 * A title as it reads inside a sentence: "Xây dựng văn hóa…" after "thực hiện Kế hoạch" becomes "xây
 * dựng văn hóa…". A title that opens with an abbreviation ("CNTT", "UBND") keeps its capitals.
 */
export function midSentence(title: string): string {
  const [first = ''] = title.split(/\s/, 1);
  if (first.length > 1 && first === first.toLocaleUpperCase('vi')) return title;
  return title.charAt(0).toLocaleLowerCase('vi') + title.slice(1);
}
