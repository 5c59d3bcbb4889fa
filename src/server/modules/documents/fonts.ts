import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type FontFace = 'regular' | 'bold' | 'italic' | 'boldItalic';

const FONT_FILES: Record<FontFace, string> = {
  regular: 'LiberationSerif-Regular.ttf',
  bold: 'LiberationSerif-Bold.ttf',
  italic: 'LiberationSerif-Italic.ttf',
  boldItalic: 'LiberationSerif-BoldItalic.ttf',
};

const FONT_FOLDER = join('src', 'server', 'assets', 'fonts');

/**
 * The fonts live in the repository, not next to this file once the server is bundled into dist/server/,
 * so the folder is looked for upwards from here: that finds it from src/ and from dist/ alike.
 */
function fontFolder(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(folder, FONT_FOLDER);
    if (existsSync(join(candidate, FONT_FILES.regular))) return candidate;
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`Document fonts not found: no ${FONT_FOLDER} above this module`);
    folder = parent;
  }
}

let loaded: Record<FontFace, Buffer> | null = null;

/** Liberation Serif, metric-compatible with Times New Roman; read once per process. */
export function serifFonts(): Record<FontFace, Buffer> {
  if (!loaded) {
    const folder = fontFolder();
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
