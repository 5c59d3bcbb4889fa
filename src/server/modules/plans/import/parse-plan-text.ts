import type { PlanContent, SectionKind, SignerPrefix } from '../../../../contract/plans/content.js';
import { signerPrefixes } from '../../../../contract/plans/content.js';
import { paragraphs as asParagraphs } from '../rich-text.js';
import { type Heading, headingOf, sectionKindOf } from './headings.js';
import { plainParagraphs } from './plain-lines.js';

/** A legal basis that names another plan by number, to be linked when that plan is in the system. */
export interface PlanReference {
  legalBasisIndex: number;
  number: number;
  symbol: string;
}

export interface ParsedPlan {
  content: PlanContent;
  references: PlanReference[];
}

const NUMBER = /^Số:\s*(\d+)[.\s]*\/\s*([\p{L}\p{N}&-]+)/u;
const PLACE_DATE = /^([\p{L} .'-]+?),\s*ngày\s*(\d{1,2})[.\s]*tháng\s*(\d{1,2})[.\s]*năm\s*(\d{4})/u;
const TYPE_NAMES = ['KẾ HOẠCH', 'BÁO CÁO', 'QUYẾT ĐỊNH', 'CHƯƠNG TRÌNH'];
const PERIOD = /(?:giai đoạn|năm học)\s*(\d{4})\s*[-–]\s*(\d{4})/iu;
const PLAN_NUMBER = /Kế hoạch số\s*(\d+)\s*\/\s*([\p{L}\p{N}&-]+)/u;
const BASIS_START = /^(Căn cứ|Thực hiện)\s/u;
const DEADLINE = /trước ngày \d{1,2}\/\d{1,2}(?:\s+h[àằ]ng năm)?/u;
const SIGNER_PREFIX = new RegExp(
  `^(${signerPrefixes.map((prefix) => prefix.replace('.', '\\.')).join('|')})\\s+(.+)$`,
);

const pad = (value: string) => value.padStart(2, '0');
const isUpperCase = (text: string) => text === text.toLocaleUpperCase('vi') && /\p{Lu}/u.test(text);

interface SectionDraft {
  kind: SectionKind;
  heading: string | null;
  lines: string[];
}

/** Body paragraphs as rich text: sub-headings bold, "-" and "+" lines as list items. */
function bodyHtml(lines: string[]): string {
  const html: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length > 0) html.push(`<ul>${list.join('')}</ul>`);
    list = [];
  };
  for (const line of lines) {
    const item = /^[-+•]\s*(.+)$/.exec(line);
    if (item?.[1]) {
      list.push(asParagraphs([item[1]]).replace(/^<p>(.*)<\/p>$/, '<li>$1</li>'));
      continue;
    }
    flush();
    const heading = headingOf(line);
    html.push(
      heading
        ? asParagraphs([line]).replace(/^<p>(.*)<\/p>$/, '<p><strong>$1</strong></p>')
        : asParagraphs([line]),
    );
  }
  flush();
  return html.join('');
}

/** Where "…, Sở X ban hành/xây dựng Kế hoạch … như sau:" starts: the issuer's own words after its bases. */
const ISSUER_CLAUSE = /,\s+(?:Sở|UBND|Ủy ban|Phòng|Trường)\s/gu;

/** Splits "Căn cứ A; B; C, Sở … như sau:" into its clauses, each a legal basis. */
function basisClauses(paragraph: string): string[] {
  const issuerClause = /như sau:?\s*$/u.test(paragraph)
    ? [...paragraph.matchAll(ISSUER_CLAUSE)].at(-1)
    : undefined;
  return paragraph
    .slice(0, issuerClause?.index ?? paragraph.length)
    .split(/;\s*/)
    .map((clause) => clause.trim().replace(/[.;,]$/, ''))
    .filter((clause) => clause.length > 10);
}

function signerOf(lines: string[]): PlanContent['signer'] {
  const authorityLines: { prefix: SignerPrefix | null; text: string }[] = [];
  const rest: string[] = [];
  for (const line of lines) {
    const prefixed = SIGNER_PREFIX.exec(line);
    if (prefixed?.[1] && prefixed[2])
      authorityLines.push({ prefix: prefixed[1] as SignerPrefix, text: prefixed[2] });
    else rest.push(line);
  }
  const name = rest.findLast((line) => !isUpperCase(line)) ?? null;
  const titles = rest.filter((line) => isUpperCase(line));
  // Without a prefix the only title line is the signer's own (e.g. GIÁM ĐỐC signing in person).
  return { authorityLines, title: titles.at(-1) ?? null, name };
}

/**
 * Recognises what it reliably can in the text of a plan (number, place and date, type and title,
 * legal bases, sections by heading, general and specific objectives, responsibilities per unit,
 * reporting deadlines, recipients and signer) and keeps every other paragraph in a narrative block.
 */
export function parsePlanText(text: string, fallbackYear: number): ParsedPlan {
  const paragraphs = plainParagraphs(text);
  let number: number | null = null;
  let symbol: string | null = null;
  let place: string | null = null;
  let issuedOn: string | null = null;
  let typeName = 'KẾ HOẠCH';
  let title: string | null = null;
  const legalBases: PlanContent['legalBases'] = [];
  const references: PlanReference[] = [];
  const sections: SectionDraft[] = [];
  const recipients: PlanContent['recipients'] = [];
  let archiveNote: string | null = null;
  const signerLines: string[] = [];
  let part: 'header' | 'body' | 'recipients' | 'signer' = 'header';

  const addBasis = (clause: string) => {
    const reference = PLAN_NUMBER.exec(clause);
    if (reference?.[1] && reference[2])
      references.push({
        legalBasisIndex: legalBases.length,
        number: Number(reference[1]),
        symbol: reference[2],
      });
    legalBases.push({ text: clause, planId: null });
  };
  const current = () => sections.at(-1);

  for (const paragraph of paragraphs) {
    if (part === 'header') {
      const numbered = NUMBER.exec(paragraph);
      const dated = PLACE_DATE.exec(paragraph);
      if (numbered?.[1] && numbered[2]) {
        number = Number(numbered[1]);
        symbol = numbered[2];
      } else if (dated?.[1] && dated[2] && dated[3] && dated[4]) {
        place = dated[1].trim();
        issuedOn = `${dated[4]}-${pad(dated[3])}-${pad(dated[2])}`;
      } else if (TYPE_NAMES.includes(paragraph)) {
        typeName = paragraph;
      } else if (title === null && !headingOf(paragraph)) {
        title = paragraph;
      } else {
        part = 'body';
      }
      if (part === 'header') continue;
    }
    if (/^Nơi nhận:?$/u.test(paragraph)) {
      part = 'recipients';
      continue;
    }
    if (part === 'recipients') {
      const archive = /^-?\s*Lưu[:,]\s*(.+?)\.?$/u.exec(paragraph);
      const recipient = /^-\s*(.+?)$/u.exec(paragraph);
      if (archive?.[1]) {
        archiveNote = archive[1];
        part = 'signer';
      } else if (recipient?.[1]) {
        recipients.push({ unitId: null, text: recipient[1].replace(/;$/, '') });
      } else {
        part = 'signer';
        signerLines.push(paragraph);
      }
      continue;
    }
    if (part === 'signer') {
      signerLines.push(paragraph);
      continue;
    }

    const heading: Heading | null = headingOf(paragraph);
    if (heading?.level === 1) {
      sections.push({ kind: sectionKindOf(heading.text), heading: paragraph, lines: [] });
      continue;
    }
    if (sections.length === 0) {
      // Before the first heading: the paragraph naming what the plan implements, kept as written too.
      if (BASIS_START.test(paragraph)) basisClauses(paragraph).forEach(addBasis);
      sections.push({ kind: 'preamble', heading: null, lines: [paragraph] });
      continue;
    }
    if (/^Trên đây là/u.test(paragraph)) {
      sections.push({ kind: 'closing', heading: null, lines: [paragraph] });
      continue;
    }
    const section = current();
    if (!section) continue;
    if (section.kind === 'basis' && !heading && /\d/.test(paragraph))
      addBasis(paragraph.replace(/[.;]$/, ''));
    section.lines.push(paragraph);
  }

  const period = PERIOD.exec(title ?? '');
  const startYear = period?.[1] ? Number(period[1]) : issuedOn ? Number(issuedOn.slice(0, 4)) : fallbackYear;
  const endYear = period?.[2] ? Number(period[2]) : startYear;

  return {
    content: {
      typeName,
      title: title ?? 'Kế hoạch',
      number,
      symbol,
      place,
      issuedOn,
      periodStartYear: startYear,
      periodEndYear: Math.max(startYear, endYear),
      schoolYear: /năm học/iu.test(title ?? ''),
      authorityLine: null,
      legalBases,
      sections: sections.map((section) => ({
        kind: section.kind,
        heading: section.heading,
        html: bodyHtml(section.lines),
      })),
      objectives: objectivesOf(sections),
      indicators: [],
      tasks: [],
      responsibilities: responsibilitiesOf(sections),
      funding: [],
      reporting: reportingOf(sections),
      annexes: [],
      recipients,
      archiveNote,
      signer: signerOf(signerLines),
    },
    references,
  };
}

const itemText = (line: string) => line.replace(/^[-+•]\s*/, '').trim();

/** Objectives sections: each bullet or paragraph is an objective; general under "tổng quát", else specific. */
function objectivesOf(sections: SectionDraft[]): PlanContent['objectives'] {
  return sections
    .filter((section) => section.kind === 'objectives')
    .flatMap((section) => {
      const kind = /TỔNG QUÁT/u.test(section.heading ?? '') ? ('general' as const) : ('specific' as const);
      return section.lines
        .filter((line) => !headingOf(line))
        .map((line) => ({ kind, text: itemText(line), indicators: [] }));
    });
}

/** "Tổ chức thực hiện": each numbered sub-heading names a unit, and what follows is its part. */
function responsibilitiesOf(sections: SectionDraft[]): PlanContent['responsibilities'] {
  const found: { name: string; lines: string[] }[] = [];
  for (const section of sections.filter((candidate) => candidate.kind === 'organisation')) {
    for (const line of section.lines) {
      const heading = headingOf(line);
      if (heading?.level === 2) {
        const [name, inline] = heading.text.split(/:\s*(.*)/su);
        found.push({ name: (name ?? heading.text).trim(), lines: inline ? [inline] : [] });
      } else {
        found.at(-1)?.lines.push(line);
      }
    }
  }
  return found
    .filter((responsibility) => responsibility.name.length <= 200)
    .map((responsibility) => ({
      party: { name: responsibility.name },
      html: bodyHtml(responsibility.lines),
    }));
}

/** Sentences asking for a report before a date, as reporting rules with the deadline as written. */
function reportingOf(sections: SectionDraft[]): PlanContent['reporting'] {
  return sections
    .flatMap((section) => section.lines)
    .flatMap((line) => line.split(/(?<=[.;])\s+/))
    .filter((sentence) => /báo cáo|gửi về/iu.test(sentence) && DEADLINE.test(sentence))
    .map((sentence) => {
      const to = /(?:gửi về|về|gửi)\s+(.+?)\s+(?:\(|trước)/u.exec(sentence)?.[1] ?? 'Cấp trên';
      return {
        what: itemText(sentence).replace(/[.;]$/, ''),
        to,
        deadline: DEADLINE.exec(sentence)?.[0] ?? '',
        channel: null,
      };
    });
}
