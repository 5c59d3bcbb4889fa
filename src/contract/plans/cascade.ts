import { z } from 'zod';
import { publicIdSchema } from '../ids.js';
import { orgUnitKindSchema, orgUnitKinds, schoolLevelSchema } from '../org.js';
import { planRefSchema } from './plan.js';

export const cascadeUnitStatuses = ['issued_on_time', 'issued_late', 'not_issued'] as const;

/** Which units below the issuer must issue their own implementing plan, and by when. */
export const cascadeRequestSchema = z.strictObject({
  dueOn: z.iso.date().describe('The date by which each unit must issue its plan; not before today'),
  kinds: z
    .array(z.enum(orgUnitKinds.filter((kind) => kind !== 'ministry' && kind !== 'partner')))
    .min(1)
    .describe('e.g. ["school"] or ["commune"]'),
  schoolLevels: z.array(schoolLevelSchema).optional().describe('Only schools of these levels'),
  under: publicIdSchema.optional().describe('Only units below this one (the issuer when absent)'),
});

export const cascadeResultSchema = z
  .object({ required: z.number().int().describe('Units newly required; those already required are kept') })
  .meta({ id: 'CascadeResult' });

const counts = {
  expected: z.number().int(),
  issuedOnTime: z.number().int(),
  issuedLate: z.number().int(),
  notIssued: z.number().int(),
};

export const CASCADE_UNITS_PAGE_DEFAULT = 100;

export const cascadeStatusQuerySchema = z.strictObject({
  status: z
    .enum(cascadeUnitStatuses)
    .optional()
    .describe('Only units in this status, e.g. not_issued to chase'),
  limit: z.coerce.number().int().min(1).max(1000).default(CASCADE_UNITS_PAGE_DEFAULT),
  offset: z.coerce.number().int().min(0).default(0),
});

export const cascadeStatusSchema = z
  .object({
    ...counts,
    unitsTotal: z.number().int().describe('Units matching the status filter; `units` is one page of them'),
    units: z
      .array(
        z.object({
          unit: z.object({
            id: z.string(),
            name: z.string(),
            kind: orgUnitKindSchema,
            schoolLevel: schoolLevelSchema.nullable(),
          }),
          dueOn: z.string(),
          status: z.enum(cascadeUnitStatuses),
          issuedOn: z.string().nullable(),
          childPlanId: z.string().nullable(),
        }),
      )
      .describe('By name'),
    byLevel: z
      .array(z.object({ level: z.string().describe('A school level, or the unit kind'), ...counts }))
      .describe('Aggregated per school level (or unit kind for units that are not schools)'),
  })
  .meta({ id: 'CascadeStatus' });

export const planRequirementSchema = z
  .object({
    plan: planRefSchema.extend({ issuer: z.object({ id: z.string(), name: z.string() }) }),
    unit: z.object({ id: z.string(), name: z.string() }),
    dueOn: z.string(),
    status: z.enum(cascadeUnitStatuses),
    childPlanId: z.string().nullable().describe('The unit’s implementing plan, draft or issued'),
  })
  .meta({ id: 'PlanRequirement' });

export const planRequirementListSchema = z
  .object({ items: z.array(planRequirementSchema) })
  .meta({ id: 'PlanRequirementList' });

export type CascadeRequest = z.infer<typeof cascadeRequestSchema>;
export type CascadeStatus = z.infer<typeof cascadeStatusSchema>;
export type CascadeStatusQuery = z.infer<typeof cascadeStatusQuerySchema>;
export type CascadeUnitStatus = (typeof cascadeUnitStatuses)[number];
export type PlanRequirement = z.infer<typeof planRequirementSchema>;
