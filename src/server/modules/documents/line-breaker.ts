import { type FontFace, faceOf } from './fonts.js';
import type { Run } from './official-document.js';
import { textWidth } from './text-width.js';

/** Part of a word in one style: "**Sở** GD" has the pieces "Sở" (bold) and, in the next word, "GD". */
export interface Piece {
  text: string;
  face: FontFace;
  underline: boolean;
  width: number;
}

export interface Word {
  pieces: Piece[];
  width: number;
  /** Spaces typed after the word: more than one where a draft leaves a blank ("Số:      /KH"). */
  spaces: number;
  /** Width of those spaces, in the face of the word's last piece. */
  spaceAfter: number;
  /** No space follows: the word was cut after a hyphen ("2019-" of "2019-2020") or inside a long address. */
  joined: boolean;
}

export interface Line {
  words: Word[];
  /** Where the line starts, relative to the paragraph's left edge (the first-line indent). */
  indent: number;
  /** Free width left at the natural word spacing. */
  slack: number;
  /** The paragraph's last line or one ended by a line break: never stretched when justifying. */
  ends: boolean;
}

export interface LineOptions {
  size: number;
  width: number;
  firstLineIndent?: number;
  /** Style added to every run, as headings are bold. */
  base?: Pick<Run, 'bold' | 'italic'>;
}

type Token =
  | { kind: 'text'; piece: Piece }
  | { kind: 'space'; count: number }
  | { kind: 'joint' }
  | { kind: 'break' };

/** Word processors may end a line after a hyphen inside a word, as in "151/UBND-KGVX". */
const AFTER_HYPHEN = /(?<=[^-]-)(?=[^-])/;

function tokensOf(runs: Run[], options: LineOptions): Token[] {
  const tokens: Token[] = [];
  for (const run of runs) {
    const face = faceOf({
      bold: run.bold || options.base?.bold,
      italic: run.italic || options.base?.italic,
    });
    for (const part of run.text.normalize('NFC').split(/(\n|[ \t]+)/)) {
      if (part === '') continue;
      if (part === '\n') tokens.push({ kind: 'break' });
      else if (/^[ \t]+$/.test(part)) tokens.push({ kind: 'space', count: part.length });
      else {
        part.split(AFTER_HYPHEN).forEach((text, index) => {
          if (index > 0) tokens.push({ kind: 'joint' });
          const width = textWidth(text, face, options.size);
          tokens.push({ kind: 'text', piece: { text, face, underline: Boolean(run.underline), width } });
        });
      }
    }
  }
  return tokens;
}

function newWord(): Word {
  return { pieces: [], width: 0, spaces: 0, spaceAfter: 0, joined: false };
}

/** Words (and the breaks between them) in reading order; null stands for a forced line break. */
function wordsOf(tokens: Token[], size: number): (Word | null)[] {
  const words: (Word | null)[] = [];
  let word = newWord();
  const finish = (spaces: number) => {
    const last = word.pieces.at(-1);
    if (!last) return;
    word.joined = spaces === 0;
    word.spaces = spaces;
    word.spaceAfter = spaces * textWidth(' ', last.face, size);
    words.push(word);
    word = newWord();
  };
  for (const token of tokens) {
    if (token.kind === 'text') {
      word.pieces.push(token.piece);
      word.width += token.piece.width;
    } else {
      finish(token.kind === 'space' ? token.count : token.kind === 'joint' ? 0 : 1);
      if (token.kind === 'break') words.push(null);
    }
  }
  finish(1);
  return words;
}

/** A word longer than a whole line (a web address) is cut into pieces that fit. */
function splitOverlong(word: Word, width: number, size: number): Word[] {
  const parts: Word[] = [];
  let current = newWord();
  for (const piece of word.pieces) {
    let text = '';
    for (const char of piece.text) {
      const candidate = textWidth(text + char, piece.face, size);
      if (current.width + candidate > width && (text || current.pieces.length > 0)) {
        if (text) current.pieces.push({ ...piece, text, width: textWidth(text, piece.face, size) });
        current.width = current.pieces.reduce((sum, part) => sum + part.width, 0);
        current.joined = true;
        parts.push(current);
        current = newWord();
        text = '';
      }
      text += char;
    }
    if (text) {
      const part = { ...piece, text, width: textWidth(text, piece.face, size) };
      current.pieces.push(part);
      current.width += part.width;
    }
  }
  current.spaces = word.spaces;
  current.spaceAfter = word.spaceAfter;
  current.joined = word.joined;
  parts.push(current);
  return parts;
}

/** Greedy line breaking, as word processors do: each line takes as many words as fit. */
export function breakLines(runs: Run[], options: LineOptions): Line[] {
  const firstIndent = options.firstLineIndent ?? 0;
  const lines: Line[] = [];
  let words: Word[] = [];
  let used = 0;
  const available = () => options.width - (lines.length === 0 ? firstIndent : 0);
  const finish = (ends: boolean) => {
    const indent = lines.length === 0 ? firstIndent : 0;
    lines.push({ words, indent, slack: available() - used, ends });
    words = [];
    used = 0;
  };
  for (const word of wordsOf(tokensOf(runs, options), options.size)) {
    if (word === null) {
      finish(true);
      continue;
    }
    const parts = word.width > options.width ? splitOverlong(word, options.width, options.size) : [word];
    for (const part of parts) {
      const previous = words.at(-1);
      const gap = previous ? previous.spaceAfter : 0;
      if (previous && used + gap + part.width > available()) finish(false);
      used += (words.length > 0 ? gap : 0) + part.width;
      words.push(part);
    }
  }
  if (words.length > 0 || lines.length === 0) finish(true);
  return lines;
}
