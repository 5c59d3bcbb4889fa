import { z } from 'zod';
import { publicIdSchema } from '../ids.js';

/** How an indicator is measured; targets are checked against it (percent ≤ 100, money in whole đồng, yes/no 0 or 1). */
export const indicatorMeasures = [
  'percent_of_units',
  'count',
  'percent_of_people',
  'money',
  'yes_no',
] as const;
export const signerPrefixes = ['KT.', 'TM.', 'Q.', 'TL.', 'TUQ.'] as const;
/** What a narrative block is about, so documents and pages can find e.g. the funding text. */
export const sectionKinds = [
  'preamble',
  'basis',
  'purposes',
  'objectives',
  'content',
  'tasks',
  'solutions',
  'organisation',
  'funding',
  'reporting',
  'closing',
  'other',
] as const;

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);
const isoDate = z.iso.date();
/** The years a plan's period and targets may name. */
export const planYears = { min: 1945, max: 2100 } as const;
const year = z.number().int().min(planYears.min).max(planYears.max);

/** A unit of the tree, or an organisation named in free text (a partner without an account, a group of units). */
export const partyInputSchema = z.union([
  z.strictObject({ unitId: publicIdSchema }),
  z.strictObject({ name: text(300) }),
]);

export const targetInputSchema = z.strictObject({ year, value: z.number().finite() });

export const indicatorInputSchema = z.strictObject({
  name: text(1000),
  measure: z.enum(indicatorMeasures),
  computation: optionalText(2000).describe(
    'How the value is computed, e.g. schools with a plan / all schools',
  ),
  targets: z.array(targetInputSchema).max(50).default([]),
});

export const objectiveInputSchema = z.strictObject({
  kind: z.enum(['general', 'specific']),
  text: text(5000),
  indicators: z.array(indicatorInputSchema).max(50).default([]),
});

export const taskTimingSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('dates'), startOn: isoDate.nullable(), endOn: isoDate.nullable() }),
  z.strictObject({ kind: z.literal('yearly') }).describe('hằng năm'),
  z.strictObject({ kind: z.literal('ongoing') }).describe('thường xuyên'),
  z.strictObject({ kind: z.literal('phrase'), text: text(300) }),
]);

export const taskInputSchema = z.strictObject({
  numbering: optionalText(40).describe('As in the document, e.g. II.3.a'),
  content: text(10_000),
  lead: partyInputSchema.nullable().describe('Required: a unit of the tree or a partner named in text'),
  cooperating: z.array(partyInputSchema).max(100).default([]),
  timing: taskTimingSchema.nullable().default(null),
  expectedOutput: optionalText(2000),
});

export const sectionInputSchema = z.strictObject({
  kind: z.enum(sectionKinds).default('other'),
  heading: optionalText(500),
  html: z.string().max(500_000).describe('Headings, lists, bold/italic and tables; anything else is removed'),
});

export const legalBasisInputSchema = z.strictObject({
  text: text(3000),
  planId: publicIdSchema.nullable().default(null).describe('Another plan in the system this basis names'),
});

export const recipientInputSchema = z.strictObject({
  unitId: publicIdSchema.nullable().default(null),
  text: text(500).describe('The line as printed, e.g. "Sở GD&ĐT Hà Nội (để báo cáo)"'),
});

export const signerSchema = z.strictObject({
  authorityLines: z
    .array(z.strictObject({ prefix: z.enum(signerPrefixes).nullable().default(null), text: text(200) }))
    .max(4)
    .default([])
    .describe('e.g. [{prefix: "TM.", text: "ỦY BAN NHÂN DÂN"}, {prefix: "KT.", text: "CHỦ TỊCH"}]'),
  title: optionalText(200).describe('The signer’s own title, e.g. PHÓ GIÁM ĐỐC'),
  name: optionalText(200),
});

export const responsibilityInputSchema = z.strictObject({
  party: partyInputSchema,
  html: z.string().max(200_000),
});

export const fundingLineInputSchema = z.strictObject({
  source: text(500),
  year: year.nullable().default(null),
  amount: z.number().int().nonnegative().nullable().default(null).describe('Whole đồng'),
  note: optionalText(2000),
});

export const reportingRuleInputSchema = z.strictObject({
  what: text(1000),
  to: text(500),
  deadline: text(300).describe('The rule as written, e.g. "trước ngày 10/12 hằng năm"'),
  channel: optionalText(300),
});

export const annexTableInputSchema = z.strictObject({
  title: text(500),
  columns: z.array(text(200)).min(1).max(20),
  rows: z.array(z.array(z.string().max(5000)).max(20)).max(2000),
});

/** Everything an author edits in a plan; a whole draft is sent at once with the version it was read at. */
export const planContentSchema = z.strictObject({
  typeName: text(100).default('KẾ HOẠCH'),
  title: text(1000),
  number: z.number().int().positive().nullable().default(null).describe('Typed for historical plans'),
  symbol: optionalText(60).describe('e.g. KH-SGDĐT; the issuer’s usual symbol when absent'),
  place: optionalText(100),
  issuedOn: isoDate.nullable().default(null).describe('Typed for historical plans; set at issue otherwise'),
  periodStartYear: year,
  periodEndYear: year,
  schoolYear: z.boolean().default(false).describe('The period is one school year, e.g. 2024–2025'),
  authorityLine: optionalText(200).describe(
    'Parent authority shown above the issuer, e.g. UBND TỈNH THANH HÓA',
  ),
  legalBases: z.array(legalBasisInputSchema).max(200).default([]),
  sections: z.array(sectionInputSchema).max(300).default([]),
  objectives: z.array(objectiveInputSchema).max(100).default([]),
  indicators: z.array(indicatorInputSchema).max(100).default([]).describe('Indicators under no objective'),
  tasks: z.array(taskInputSchema).max(500).default([]),
  responsibilities: z.array(responsibilityInputSchema).max(200).default([]),
  funding: z.array(fundingLineInputSchema).max(200).default([]),
  reporting: z.array(reportingRuleInputSchema).max(50).default([]),
  annexes: z.array(annexTableInputSchema).max(20).default([]),
  recipients: z.array(recipientInputSchema).max(100).default([]),
  archiveNote: optionalText(200).describe('After "Lưu:", e.g. "VT, VP"'),
  signer: signerSchema.default({ authorityLines: [], title: null, name: null }),
});

export type IndicatorMeasure = (typeof indicatorMeasures)[number];
export type SectionKind = (typeof sectionKinds)[number];
export type SignerPrefix = (typeof signerPrefixes)[number];
export type PartyInput = z.infer<typeof partyInputSchema>;
export type TaskTiming = z.infer<typeof taskTimingSchema>;
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;
export type TaskInput = z.infer<typeof taskInputSchema>;
export type Signer = z.infer<typeof signerSchema>;
export type PlanContent = z.infer<typeof planContentSchema>;
export type PlanContentInput = z.input<typeof planContentSchema>;
