import { z } from 'zod';

export const orgUnitKinds = [
  'ministry',
  'department',
  'commune',
  'district_office',
  'school',
  'partner',
] as const;
export const schoolLevels = ['mam_non', 'tieu_hoc', 'thcs', 'thpt', 'lien_cap', 'gdtx'] as const;
export const ownerships = ['public', 'private'] as const;

export const orgUnitKindSchema = z.enum(orgUnitKinds);

/** Whether a unit of this kind can have units below it to cascade plans to and ask for reports: a school cannot. */
export const hasUnitsBelow = (kind: OrgUnitKind): boolean => kind !== 'school';
export const schoolLevelSchema = z.enum(schoolLevels);
export const ownershipSchema = z.enum(ownerships);

export const ORG_UNIT_PAGE_DEFAULT = 50;
export const ORG_UNIT_PAGE_MAX = 200;

const publicId = z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'expected a unit id');
const isoDate = z.iso.date();
/** The query-string parser leaves an escape it cannot decode (e.g. %FF, not UTF-8) as it is. */
const searchQuery = z
  .string()
  .trim()
  .max(200)
  .refine((text) => !/%[0-9A-Fa-f]{2}/.test(text), 'not valid percent-encoded UTF-8');

export const orgUnitSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    shortName: z.string(),
    kind: orgUnitKindSchema,
    schoolLevel: schoolLevelSchema.nullable(),
    ownership: ownershipSchema.nullable(),
    parentId: z.string().nullable(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    provinceCode: z.string().nullable(),
  })
  .meta({ id: 'OrgUnit' });

export const orgUnitRefSchema = z
  .object({ id: z.string(), code: z.string(), name: z.string(), kind: orgUnitKindSchema })
  .meta({ id: 'OrgUnitRef' });

export const unitCountsSchema = z
  .record(orgUnitKindSchema, z.number().int())
  .meta({ id: 'OrgUnitCounts', description: 'Units of each kind below a unit, on the date asked for' });

export const successionSchema = z
  .object({ unit: orgUnitRefSchema, effectiveOn: z.string() })
  .meta({ id: 'OrgUnitSuccession' });

export const orgUnitDetailSchema = orgUnitSchema
  .extend({
    address: z.string().nullable(),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    ancestors: z.array(orgUnitRefSchema).describe('From the ministry down to the parent'),
    successors: z.array(successionSchema),
    predecessors: z.array(successionSchema),
    counts: unitCountsSchema,
    abilities: z.object({
      update: z.boolean(),
      /** Whether the caller may list the accounts of the unit and of the units below it. */
      readAccounts: z.boolean(),
    }),
  })
  .meta({ id: 'OrgUnitDetail' });

const pageQuery = {
  at: isoDate.optional().describe('The tree as it was on this date; today when absent'),
  limit: z.coerce.number().int().min(1).max(ORG_UNIT_PAGE_MAX).default(ORG_UNIT_PAGE_DEFAULT),
  cursor: z.string().max(400).optional(),
};

export const orgUnitListQuerySchema = z.strictObject({
  kind: orgUnitKindSchema.optional(),
  schoolLevel: schoolLevelSchema.optional(),
  q: searchQuery.optional().describe('Words of the name, code or short name; diacritics ignored'),
  parent: publicId.optional().describe('Only the direct children of this unit'),
  under: publicId.optional().describe('Only units below this unit, at any depth'),
  ...pageQuery,
});

export const orgUnitPageQuerySchema = z.strictObject(pageQuery);
export const orgUnitDetailQuerySchema = z.strictObject({ at: pageQuery.at });

export const orgUnitParamsSchema = z.strictObject({ id: publicId });

export const orgUnitListSchema = z
  .object({ items: z.array(orgUnitSchema), total: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: 'OrgUnitList' });

export const orgUnitChildSchema = orgUnitSchema
  .extend({ descendantCounts: unitCountsSchema })
  .meta({ id: 'OrgUnitChild' });

export const orgUnitChildrenSchema = z
  .object({ items: z.array(orgUnitChildSchema), total: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: 'OrgUnitChildren' });

export type OrgUnitKind = z.infer<typeof orgUnitKindSchema>;
export type SchoolLevel = z.infer<typeof schoolLevelSchema>;
export type Ownership = z.infer<typeof ownershipSchema>;
export type OrgUnit = z.infer<typeof orgUnitSchema>;
export type OrgUnitRef = z.infer<typeof orgUnitRefSchema>;
export type UnitCounts = z.infer<typeof unitCountsSchema>;
export type OrgUnitDetail = z.infer<typeof orgUnitDetailSchema>;
export type OrgUnitListQuery = z.infer<typeof orgUnitListQuerySchema>;
export type OrgUnitPageQuery = z.infer<typeof orgUnitPageQuerySchema>;
export type OrgUnitList = z.infer<typeof orgUnitListSchema>;
export type OrgUnitChild = z.infer<typeof orgUnitChildSchema>;
