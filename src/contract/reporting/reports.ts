import { z } from 'zod';
import { publicIdSchema } from '../ids.js';
import { orgUnitKindSchema, schoolLevelSchema } from '../org.js';
import { reportAttachmentSchema } from './attachments.js';
import { fieldTypes, narrativeKeys, periodKinds, reportStatuses } from './fields.js';

const isoDate = z.iso.date();

export const targetIsCeilingSchema = z
  .boolean()
  .describe(
    'The target is a ceiling, met at or below it: a yes/no indicator targeted Không (0 % answering Có). Every other target is a floor',
  );
const unitRef = z.object({ id: z.string(), name: z.string(), kind: orgUnitKindSchema });

export const createFormRequestSchema = z.strictObject({
  planId: publicIdSchema,
  title: z.string().trim().min(3).max(300).optional(),
  extraQuestions: z
    .array(z.strictObject({ label: z.string().trim().min(3).max(500), type: z.enum(fieldTypes) }))
    .max(50)
    .default([]),
});

/**
 * The extra questions of the form's next version, in order: an item with an `id` keeps that
 * question of the latest version (relabelled if its label changed), one without adds a question,
 * and a question left out is removed. Plan-derived fields stay as they are.
 */
export const formVersionRequestSchema = z.strictObject({
  version: z.number().int().min(1).describe('The latest version the editor read'),
  extraQuestions: z
    .array(
      z
        .strictObject({
          id: publicIdSchema.optional(),
          label: z.string().trim().min(3).max(500),
          type: z.enum(fieldTypes).optional(),
        })
        .refine((question) => question.id !== undefined || question.type !== undefined, {
          message: 'a new question needs a type',
          path: ['type'],
        }),
    )
    .max(50),
});

export const formQuerySchema = z.strictObject({
  version: z.coerce.number().int().min(1).optional().describe('A past version; the latest when absent'),
});

export const formFieldSchema = z
  .object({
    indicatorId: z.string().describe('Identifies the question on the form; roll-ups use the same id'),
    type: z.enum(fieldTypes),
    label: z.string(),
    fromPlan: z.boolean().describe('Derived from an indicator of the plan (false for extra questions)'),
  })
  .meta({ id: 'FormField' });

export const formSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    version: z.number().int(),
    latestVersion: z.number().int(),
    planId: z.string().nullable(),
    fields: z.array(formFieldSchema),
  })
  .meta({ id: 'ReportForm' });

export const unitSelectionSchema = z
  .strictObject({
    under: publicIdSchema.describe('The subtree the reporting units are taken from'),
    kinds: z.array(orgUnitKindSchema).min(1),
    schoolLevels: z.array(schoolLevelSchema).optional(),
  })
  .meta({ id: 'UnitSelection' });

export const createRoundRequestSchema = z.strictObject({
  formId: publicIdSchema,
  title: z.string().trim().min(3).max(300),
  periodKind: z.enum(periodKinds),
  periodStart: isoDate,
  periodEnd: isoDate,
  targetYear: z.number().int().min(2000).max(2100),
  units: unitSelectionSchema,
  deadlines: z.array(z.strictObject({ unitKind: orgUnitKindSchema, dueOn: isoDate })).min(1),
  recurs: z
    .boolean()
    .default(false)
    .describe('Open the round of the next period by itself when that period starts (not for custom periods)'),
});

export const roundSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    status: z.enum(['open', 'closed']),
    owner: unitRef,
    form: z.object({ id: z.string(), title: z.string(), version: z.number().int() }),
    periodKind: z.enum(periodKinds),
    periodStart: z.string(),
    periodEnd: z.string(),
    targetYear: z.number().int(),
    deadlines: z.array(z.object({ unitKind: orgUnitKindSchema, dueOn: z.string() })),
    recurs: z.boolean(),
    previousRoundId: z
      .string()
      .nullable()
      .describe('The round of the period before, when this one repeats it'),
    nextRoundId: z.string().nullable().describe('The round of the next period, once opened'),
    counts: z.object({ expected: z.number().int(), submitted: z.number().int(), approved: z.number().int() }),
    abilities: z.object({
      close: z.boolean(),
      repeat: z.boolean(),
      editForm: z.boolean(),
      /** Remind the units below the caller's that have not handed in their report yet. */
      remind: z.boolean(),
    }),
  })
  .meta({ id: 'ReportingRound' });

export const roundListSchema = z
  .object({ items: z.array(roundSchema.omit({ counts: true })), total: z.number().int() })
  .meta({ id: 'ReportingRoundList' });

export const MAX_TEXT_ANSWER_LENGTH = 20_000;

export const percentValueSchema = z.strictObject({ numerator: z.number(), denominator: z.number() });
export const fieldValueSchema = z.union([
  z.number(),
  z.boolean(),
  z.string().max(MAX_TEXT_ANSWER_LENGTH),
  percentValueSchema,
  z.null(),
]);

/**
 * Room for a consolidated section, which gathers what every unit below wrote (a Sở's runs long),
 * while three sections still fit in one request body (1 MB).
 */
export const MAX_NARRATIVE_LENGTH = 100_000;

const narrativeText = z.string().max(MAX_NARRATIVE_LENGTH);

export const narrativeSchema = z.strictObject(
  Object.fromEntries(narrativeKeys.map((key) => [key, narrativeText.default('')])) as Record<
    (typeof narrativeKeys)[number],
    z.ZodDefault<z.ZodString>
  >,
);

/** The sections a save changes; those left out keep what was saved. */
const narrativeChangesSchema = z.strictObject(
  Object.fromEntries(narrativeKeys.map((key) => [key, narrativeText.optional()])) as Record<
    (typeof narrativeKeys)[number],
    z.ZodOptional<z.ZodString>
  >,
);

export const reportFieldSchema = formFieldSchema
  .extend({
    value: fieldValueSchema,
    percent: z.number().nullable().describe('Computed for percent fields'),
    target: z
      .number()
      .nullable()
      .describe(
        'The plan’s target for the round’s year (a percent for yes/no and percent fields); null when it sets none',
      ),
    targetIsCeiling: targetIsCeilingSchema,
  })
  .meta({ id: 'ReportField' });

export const reportSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    status: z.enum(reportStatuses),
    late: z.boolean(),
    dueOn: z.string(),
    submittedAt: z.string().nullable(),
    returnReason: z.string().nullable(),
    approvedThrough: unitRef.nullable(),
    round: z.object({ id: z.string(), title: z.string(), status: z.enum(['open', 'closed']) }),
    unit: unitRef,
    fields: z.array(reportFieldSchema),
    narrative: z.object(Object.fromEntries(narrativeKeys.map((key) => [key, z.string()]))),
    attachments: z.array(reportAttachmentSchema).describe('Evidence files, oldest first'),
    abilities: z.object({
      edit: z.boolean(),
      submit: z.boolean(),
      return: z.boolean(),
      approve: z.boolean(),
      unapprove: z.boolean(),
    }),
  })
  .meta({ id: 'Report' });

export const reportSummarySchema = reportSchema
  .pick({
    id: true,
    status: true,
    late: true,
    dueOn: true,
    submittedAt: true,
    approvedThrough: true,
    unit: true,
    round: true,
  })
  .meta({ id: 'ReportSummary' });

export const reportListQuerySchema = z.strictObject({
  round: publicIdSchema.optional(),
  status: z.enum(reportStatuses).optional(),
  reviewBy: z
    .literal('me')
    .optional()
    .describe('Only the submitted reports whose next reviewer is the unit the caller acts at'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const reportListSchema = z
  .object({ items: z.array(reportSummarySchema), total: z.number().int() })
  .meta({ id: 'ReportList' });

export const updateReportRequestSchema = z.strictObject({
  version: z.number().int().min(1),
  values: z.record(publicIdSchema, fieldValueSchema).default({}),
  narrative: narrativeChangesSchema.optional(),
});

/**
 * A submission may carry what was typed since the last save (as a save would send it), so the last
 * changes and the submission are saved together or not at all; without it, the report as saved is submitted.
 */
export const submitReportRequestSchema = updateReportRequestSchema.nullish();

export const reasonRequestSchema = z.strictObject({ reason: z.string().trim().min(3).max(2000) });

export const rollupQuerySchema = z.strictObject({
  round: publicIdSchema,
  unit: publicIdSchema.optional().describe('The subtree to roll up; the round owner when absent'),
  predecessors: z
    .enum(['true', 'false'])
    .optional()
    .describe('Also count the reports of closed units whose successor lies in the subtree'),
});

export const consolidateRequestSchema = z.strictObject({
  version: z.number().int().min(1).describe('The version of the report the caller has on screen'),
});

/**
 * How a field of a consolidated report was pre-filled: counts, numbers and money summed, a percent as
 * Σ numerators / Σ denominators, yes/no answered yes only when every unit answering said yes, or, under
 * a target of Không, as soon as one did (the count of yes answers is given alongside), text gathered
 * unit by unit; `kept` when no included report answered, so the field keeps what the unit had entered.
 */
export const consolidatedFieldSchema = z.object({
  indicatorId: z.string(),
  aggregation: z.enum(['sum', 'ratio', 'all_yes', 'any_yes', 'gathered', 'kept']),
  answered: z.number().int().describe('Included reports that answered the field'),
  yes: z.number().int().nullable().describe('Of those, the ones answering yes (yes/no fields)'),
});

export const consolidationSchema = z
  .object({
    report: reportSchema,
    summary: z.object({
      subordinates: z.number().int().describe('Reports of the units directly below in the round'),
      included: z.number().int().describe('Of those, the approved ones that were consolidated'),
      notApproved: z.number().int().describe('Still not approved, left out: the UI warns about them'),
      fields: z.array(consolidatedFieldSchema),
    }),
  })
  .meta({ id: 'Consolidation' });

export const rollupSchema = z
  .object({
    round: z.string(),
    unit: unitRef,
    indicators: z.array(
      z.object({
        indicatorId: z.string(),
        label: z.string(),
        type: z.enum(fieldTypes),
        aggregation: z.enum(['sum', 'share_yes', 'ratio', 'none']),
        value: z.number().nullable(),
        target: z
          .number()
          .nullable()
          .describe(
            'In the unit of the value: a yes/no target is a share of units answering Có (Có is 100, Không 0)',
          ),
        targetIsCeiling: targetIsCeilingSchema,
        unitsExpected: z.number().int(),
        unitsReported: z.number().int(),
        unitsOnTime: z.number().int(),
        unitsMeetingTarget: z
          .number()
          .int()
          .nullable()
          .describe(
            'Units whose own answer meets the target (the answer a yes/no target names, a percent reaching it); null for sums and without a target',
          ),
      }),
    ),
  })
  .meta({ id: 'Rollup' });

export type Report = z.infer<typeof reportSchema>;
export type ReportChanges = z.input<typeof updateReportRequestSchema>;
export type Rollup = z.infer<typeof rollupSchema>;
export type Consolidation = z.infer<typeof consolidationSchema>;
export type ReportingRound = z.infer<typeof roundSchema>;
export type ReportForm = z.infer<typeof formSchema>;
