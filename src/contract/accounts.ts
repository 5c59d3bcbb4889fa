import { z } from 'zod';
import { roleGrantSchema, unitSummarySchema } from './auth.js';
import { publicIdSchema } from './ids.js';
import { roles } from './roles.js';

export const ACCOUNT_PAGE_DEFAULT = 50;
export const ACCOUNT_PAGE_MAX = 200;

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^[a-z0-9][a-z0-9._-]{2,49}$/,
    '3–50 letters, digits, dots, dashes or underscores, without diacritics',
  );

export const accountSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    unit: unitSummarySchema.nullable(),
    roles: z.array(roleGrantSchema),
    disabled: z.boolean(),
    mustChangePassword: z.boolean(),
    version: z.number().int(),
    createdAt: z.string(),
    abilities: z.object({
      update: z.boolean(),
      /** Lock or unlock the account: never one's own, so nobody locks themselves out. */
      disable: z.boolean(),
      resetPassword: z.boolean(),
      /** Grant and revoke roles: never one's own, which another administrator changes. */
      grantRoles: z.boolean(),
    }),
  })
  .meta({ id: 'Account' });

export const accountListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional().describe('Part of the username or the name'),
  under: publicIdSchema.optional().describe('Only accounts of units below this unit'),
  limit: z.coerce.number().int().min(1).max(ACCOUNT_PAGE_MAX).default(ACCOUNT_PAGE_DEFAULT),
  cursor: z.string().max(200).optional(),
});

export const accountListSchema = z
  .object({ items: z.array(accountSchema), total: z.number().int(), nextCursor: z.string().nullable() })
  .meta({ id: 'AccountList' });

export const accountParamsSchema = z.strictObject({ id: publicIdSchema });
export const accountRoleParamsSchema = z.strictObject({ id: publicIdSchema, roleId: publicIdSchema });

const displayName = z.string().trim().min(2).max(120);
const email = z.email().max(200).nullable();

export const createAccountRequestSchema = z.strictObject({
  username: usernameSchema,
  displayName,
  email: email.optional(),
  unitId: publicIdSchema,
  role: z.enum(roles).optional().describe('A first role, granted at the account’s unit'),
});

export const updateAccountRequestSchema = z.strictObject({
  version: z.number().int().min(1),
  displayName: displayName.optional(),
  email: email.optional(),
  unitId: publicIdSchema.optional(),
  disabled: z.boolean().optional().describe('Disabling ends the account’s sessions at once'),
});

export const grantRoleRequestSchema = z.strictObject({ role: z.enum(roles), unitId: publicIdSchema });

export const temporaryPasswordSchema = z
  .object({
    account: accountSchema,
    temporaryPassword: z.string().describe('Shown once; the person must replace it at first sign-in'),
  })
  .meta({ id: 'AccountWithTemporaryPassword' });

export type Account = z.infer<typeof accountSchema>;
export type AccountListQuery = z.infer<typeof accountListQuerySchema>;
export type AccountList = z.infer<typeof accountListSchema>;
export type CreateAccountRequest = z.infer<typeof createAccountRequestSchema>;
export type UpdateAccountRequest = z.infer<typeof updateAccountRequestSchema>;
