import { z } from 'zod';
import { publicIdSchema } from '../ids.js';
import { orgUnitKindSchema } from '../org.js';
import {
  annexTableInputSchema,
  fundingLineInputSchema,
  indicatorMeasures,
  planContentSchema,
  planYears,
  reportingRuleInputSchema,
  sectionKinds,
  signerSchema,
  taskTimingSchema,
} from './content.js';

export const planStatuses = ['draft', 'in_review', 'issued', 'amended', 'superseded', 'closed'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export const PLAN_PAGE_DEFAULT = 50;
export const PLAN_PAGE_MAX = 200;

const unitRef = z.object({ id: z.string(), name: z.string(), kind: orgUnitKindSchema });

/** A unit of the tree (`unit` set, `name` its name) or an organisation named in free text (`unit` null). */
export const partySchema = z.object({ unit: unitRef.nullable(), name: z.string() }).meta({ id: 'PlanParty' });

export const planRefSchema = z
  .object({ id: z.string(), number: z.string().nullable(), title: z.string(), status: z.enum(planStatuses) })
  .meta({ id: 'PlanRef' });

const indicatorSchema = z.object({
  name: z.string(),
  measure: z.enum(indicatorMeasures),
  computation: z.string().nullable(),
  targets: z.array(z.object({ year: z.number().int(), value: z.number() })),
});

export const planSchema = z
  .object({
    id: z.string(),
    status: z.enum(planStatuses),
    version: z.number().int(),
    issuer: unitRef,
    number: z.string().nullable().describe('Number and symbol as printed, e.g. 316/KH-SGDĐT'),
    numberValue: z.number().int().nullable(),
    symbol: z.string().nullable(),
    typeName: z.string(),
    title: z.string(),
    place: z.string().nullable(),
    issuedOn: z.string().nullable(),
    periodStartYear: z.number().int(),
    periodEndYear: z.number().int(),
    schoolYear: z.boolean(),
    authorityLine: z.string().nullable(),
    implements: planRefSchema.nullable().describe('The plan this one implements'),
    amends: planRefSchema.nullable(),
    legalBases: z.array(z.object({ text: z.string(), plan: planRefSchema.nullable() })),
    sections: z.array(
      z.object({ kind: z.enum(sectionKinds), heading: z.string().nullable(), html: z.string() }),
    ),
    objectives: z.array(
      z.object({
        kind: z.enum(['general', 'specific']),
        text: z.string(),
        indicators: z.array(indicatorSchema),
      }),
    ),
    indicators: z.array(indicatorSchema).describe('Indicators under no objective'),
    tasks: z.array(
      z.object({
        numbering: z.string().nullable(),
        content: z.string(),
        lead: partySchema,
        cooperating: z.array(partySchema),
        timing: taskTimingSchema.nullable(),
        expectedOutput: z.string().nullable(),
      }),
    ),
    responsibilities: z.array(z.object({ party: partySchema, html: z.string() })),
    funding: z.array(fundingLineInputSchema),
    reporting: z.array(reportingRuleInputSchema),
    annexes: z.array(annexTableInputSchema),
    recipients: z.array(z.object({ unit: unitRef.nullable(), text: z.string() })),
    archiveNote: z.string().nullable(),
    signer: signerSchema,
    author: z.string().nullable().describe('Display name of the person who created it'),
    createdAt: z.string(),
    updatedAt: z.string(),
    abilities: z.object({
      update: z.boolean(),
      submitForReview: z.boolean(),
      issue: z.boolean(),
      cascade: z.boolean(),
      followCascade: z.boolean().describe('See which units below have implemented it (the issuer’s side)'),
      amend: z.boolean(),
      close: z.boolean(),
      implement: z.boolean().describe('Start an implementing plan for the caller’s unit'),
    }),
  })
  .meta({ id: 'Plan' });

export const planListItemSchema = z
  .object({
    id: z.string(),
    number: z.string().nullable(),
    title: z.string(),
    issuer: z.object({ id: z.string(), name: z.string() }),
    status: z.enum(planStatuses),
    issuedOn: z.string().nullable(),
    periodStartYear: z.number().int(),
    periodEndYear: z.number().int(),
  })
  .meta({ id: 'PlanListItem' });

export const planListSchema = z
  .object({ items: z.array(planListItemSchema), total: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: 'PlanList' });

/** The query-string parser leaves an escape it cannot decode (e.g. %FF) as it is. */
const searchQuery = z
  .string()
  .trim()
  .max(200)
  .refine((value) => !/%[0-9A-Fa-f]{2}/.test(value), 'not valid percent-encoded UTF-8');

export const planListQuerySchema = z.strictObject({
  q: searchQuery.optional().describe('Words of the number or title; diacritics ignored'),
  issuer: publicIdSchema.optional().describe('Only plans issued by this unit or a unit below it'),
  year: z.coerce
    .number()
    .int()
    .min(planYears.min)
    .max(planYears.max)
    .optional()
    .describe('Plans whose period includes it'),
  status: z.enum(planStatuses).optional(),
  withUnitsBelow: z
    .enum(['true', 'false'])
    .optional()
    .describe(
      'Only plans issued by units with units below them (not schools): those cascaded and reported on',
    ),
  limit: z.coerce.number().int().min(1).max(PLAN_PAGE_MAX).default(PLAN_PAGE_DEFAULT),
  cursor: z.string().max(100).optional(),
});

export const planParamsSchema = z.strictObject({ id: publicIdSchema });

export const createPlanRequestSchema = planContentSchema.extend({
  issuerId: publicIdSchema.describe('The issuing unit; the caller must author plans there'),
});

export const updatePlanRequestSchema = planContentSchema.extend({
  version: z
    .number()
    .int()
    .min(1)
    .describe('The version read; a stale one answers 409 with the current plan'),
});

export const issuePlanRequestSchema = z.strictObject({
  number: z
    .number()
    .int()
    .positive()
    .optional()
    .describe('Next number of the issuer for the year when absent'),
  issuedOn: z.iso.date().optional().describe('Today when absent; typed for historical plans'),
});

export const closePlanRequestSchema = z.strictObject({
  supersededBy: publicIdSchema
    .optional()
    .describe('The plan that replaces it; the status becomes superseded'),
});

export const importPlanRequestSchema = z.strictObject({
  text: z.string().min(1).max(900_000).describe('Plain text of an existing plan'),
  issuerId: publicIdSchema.optional().describe('The caller’s unit when absent'),
});

export type Plan = z.infer<typeof planSchema>;
export type Party = z.infer<typeof partySchema>;
export type PlanRef = z.infer<typeof planRefSchema>;
export type PlanList = z.infer<typeof planListSchema>;
export type PlanListItem = z.infer<typeof planListItemSchema>;
export type PlanListQuery = z.infer<typeof planListQuerySchema>;
export type CreatePlanRequest = z.infer<typeof createPlanRequestSchema>;
export type UpdatePlanRequest = z.infer<typeof updatePlanRequestSchema>;
export type IssuePlanRequest = z.infer<typeof issuePlanRequestSchema>;
export type ImportPlanRequest = z.infer<typeof importPlanRequestSchema>;
