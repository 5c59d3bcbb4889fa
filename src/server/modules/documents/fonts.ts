import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryPath } from '../../core/repository-path.js';

export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FONT_FILES: Record<FontFace, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

let loaded: Record<FontFace, Buffer> | null = null;

/** Liberation Serif, metric-compatible with Times New Roman; read once per process. */
export function serifFonts(): Record<FontFace, Buffer> {
  if (!loaded) {
    const folder = repositoryPath('src/server/assets/fonts');
    loaded = {
      regular: readFileSync(join(folder, FONT_FILES.regular)),
      bold: readFileSync(join(folder, FONT_FILES.bold)),
      italic: readFileSync(join(folder, FONT_FILES.italic)),
      boldItalic: readFileSync(join(folder, FONT_FILES.boldItalic)),
    };
  }
  return loaded;
}

export const faceOf = (style: { bold?: boolean; italic?: boolean }): FontFace =>
  style.bold ? (style.italic ? 'boldItalic' : 'bold') : style.italic ? 'italic' : 'regular';
