import type { SectionKind } from '../../../../contract/plans/content.js';

export type Heading =
  | { level: 1; label: string; text: string }
  | { level: 2; label: string; text: string }
  | { level: 3; label: string; text: string };

const ROMAN = /^([IVXL]+)\.\s+(.+)$/;
const ARABIC = /^(\d{1,2})\.\s+(.+)$/;
const LETTER = /^([a-zđ])[).]\s+(.+)$/;

/** I. heading, 1. heading, a) heading; anything else is body text. */
export function headingOf(paragraph: string): Heading | null {
  const roman = ROMAN.exec(paragraph);
  if (roman?.[1] && roman[2]) return { level: 1, label: roman[1], text: roman[2] };
  const arabic = ARABIC.exec(paragraph);
  if (arabic?.[1] && arabic[2]) return { level: 2, label: arabic[1], text: arabic[2] };
  const letter = LETTER.exec(paragraph);
  if (letter?.[1] && letter[2]) return { level: 3, label: letter[1], text: letter[2] };
  return null;
}

const KINDS: [RegExp, SectionKind][] = [
  [/CĂN CỨ/, 'basis'],
  [/MỤC ĐÍCH/, 'purposes'],
  [/MỤC TIÊU/, 'objectives'],
  [/NHIỆM VỤ/, 'tasks'],
  [/NỘI DUNG/, 'content'],
  [/GIẢI PHÁP/, 'solutions'],
  [/KINH PHÍ/, 'funding'],
  [/TỔ CHỨC THỰC HIỆN/, 'organisation'],
  [/BÁO CÁO/, 'reporting'],
];

/** What a top-level section is about, from the words of its heading. */
export const sectionKindOf = (heading: string): SectionKind =>
  KINDS.find(([pattern]) => pattern.test(heading.toLocaleUpperCase('vi')))?.[1] ?? 'other';
