import { create, type Font } from 'fontkit';
import { type FontFace, serifFonts } from './fonts.js';

/** Enough for every word of a long plan; the cache starts over past it rather than grow for ever. */
const CACHED_WIDTHS = 50_000;

let fonts: Record<FontFace, Font> | null = null;
const emWidths = new Map<string, number>();

function fontFor(face: FontFace): Font {
  if (!fonts) {
    const files = serifFonts();
    const open = (face: FontFace) => create(files[face]) as Font;
    fonts = {
      regular: open('regular'),
      bold: open('bold'),
      italic: open('italic'),
      boldItalic: open('boldItalic'),
    };
  }
  return fonts[face];
}

/** Width in points of text set in the document font; words repeat a lot, so their widths are kept. */
export function textWidth(text: string, face: FontFace, size: number): number {
  const key = `${face}\u0000${text}`;
  let em = emWidths.get(key);
  if (em === undefined) {
    const font = fontFor(face);
    em = font.layout(text).advanceWidth / font.unitsPerEm;
    if (emWidths.size >= CACHED_WIDTHS) emWidths.clear();
    emWidths.set(key, em);
  }
  return em * size;
}

/** Height of one single-spaced line in points, as word processors take it: ascent, descent and line gap. */
export function singleLineHeight(size: number): number {
  const font = fontFor('regular');
  return ((font.ascent - font.descent + font.lineGap) / font.unitsPerEm) * size;
}

/** Distance from the top of a single-spaced line to its baseline, in points. */
export function ascentOf(size: number): number {
  const font = fontFor('regular');
  return (font.ascent / font.unitsPerEm) * size;
}
