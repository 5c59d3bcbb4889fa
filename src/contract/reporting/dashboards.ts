import { z } from 'zod';
import { publicIdSchema } from '../ids.js';
import { orgUnitKindSchema, schoolLevelSchema } from '../org.js';
import { fieldTypes, reportStatuses } from './fields.js';
import { targetIsCeilingSchema } from './reports.js';

const unitRef = z.object({ id: z.string(), name: z.string(), kind: orgUnitKindSchema });

/** Which part of a round a dashboard widget looks at: a unit's subtree, optionally some kinds of unit. */
export const dashboardQuerySchema = z.strictObject({
  unit: publicIdSchema.optional().describe('The subtree to look at; the round owner when absent'),
  kind: orgUnitKindSchema.optional().describe('Only reporting units of this kind'),
  schoolLevel: schoolLevelSchema.optional().describe('Only schools of this level'),
});

export const completenessCountsSchema = z
  .object({
    expected: z.number().int(),
    submitted: z.number().int().describe('Submitted or approved, on time or late'),
    onTime: z.number().int(),
    late: z.number().int(),
    missing: z.number().int().describe('Not submitted although the deadline has passed'),
    approved: z.number().int().describe('Approved by the top level of the chain'),
    share: z.number().nullable().describe('Submitted / expected, in percent'),
  })
  .meta({ id: 'CompletenessCounts' });

export const completenessSchema = z
  .object({
    round: z.string(),
    unit: unitRef.extend({ provinceCode: z.string().nullable() }),
    children: z.array(
      completenessCountsSchema.extend({
        unit: unitRef.extend({ provinceCode: z.string().nullable() }),
      }),
    ),
    total: completenessCountsSchema,
  })
  .meta({ id: 'Completeness' });

export const trendSchema = z
  .object({
    unit: unitRef,
    rounds: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        targetYear: z.number().int(),
        status: z.enum(['open', 'closed']),
      }),
    ),
    indicators: z.array(
      z.object({
        indicatorId: z.string().describe('The field of this round’s form'),
        label: z.string(),
        type: z.enum(fieldTypes),
        points: z.array(
          z.object({
            round: z.string(),
            targetYear: z.number().int(),
            value: z.number().nullable(),
            target: z.number().nullable(),
            targetIsCeiling: targetIsCeilingSchema,
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'IndicatorTrend' });

export const outstandingQuerySchema = dashboardQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});

export const outstandingStates = ['missing', 'late', 'pending'] as const;

export const outstandingSchema = z
  .object({
    items: z.array(
      z.object({
        report: z.object({
          id: z.string(),
          status: z.enum(reportStatuses),
          dueOn: z.string(),
          submittedAt: z.string().nullable(),
        }),
        unit: unitRef,
        state: z
          .enum(outstandingStates)
          .describe('missing: past its deadline, not submitted; late: submitted late; pending: not yet due'),
        contacts: z.number().int().describe('Accounts that fill this unit’s report and receive reminders'),
      }),
    ),
    total: z.number().int(),
  })
  .meta({ id: 'OutstandingReports' });

export type Completeness = z.infer<typeof completenessSchema>;
export type CompletenessCounts = z.infer<typeof completenessCountsSchema>;
export type IndicatorTrend = z.infer<typeof trendSchema>;
export type OutstandingReports = z.infer<typeof outstandingSchema>;
export type OutstandingState = (typeof outstandingStates)[number];
