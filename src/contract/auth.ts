import { z } from 'zod';
import { publicIdSchema } from './ids.js';
import { orgUnitKindSchema } from './org.js';
import { permissions, roles } from './roles.js';

export const PASSWORD_MIN_LENGTH = 10;

export const signInRequestSchema = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const unitSummarySchema = z
  .object({ id: z.string(), name: z.string(), kind: orgUnitKindSchema })
  .meta({ id: 'UnitSummary' });

export const roleGrantSchema = z
  .object({ id: z.string(), role: z.enum(roles), unit: unitSummarySchema })
  .meta({
    id: 'RoleGrant',
    description: 'A role held at a unit; it applies to the whole subtree of the unit',
  });

export const currentUserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    unit: unitSummarySchema.nullable(),
    mustChangePassword: z
      .boolean()
      .describe('A temporary password is in use: only a password change is allowed'),
  })
  .meta({ id: 'CurrentUser' });

export const sessionResponseSchema = z
  .object({
    user: currentUserSchema,
    csrfToken: z.string(),
    roles: z.array(roleGrantSchema),
    activeRoleId: z.string().nullable(),
    permissions: z.array(z.enum(permissions)).describe('What the active role allows, within its unit'),
  })
  .meta({ id: 'Session' });

/** The session a browser has, or null when it is signed out: asked on loading, where a 401 would be noise. */
export const sessionStateSchema = z
  .object({ session: sessionResponseSchema.nullable() })
  .meta({ id: 'SessionState' });

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(PASSWORD_MIN_LENGTH).max(200),
});

export const activeRoleRequestSchema = z.strictObject({ roleId: publicIdSchema });

export type SignInRequest = z.infer<typeof signInRequestSchema>;
export type CurrentUser = z.infer<typeof currentUserSchema>;
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
export type SessionState = z.infer<typeof sessionStateSchema>;
export type RoleGrant = z.infer<typeof roleGrantSchema>;
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
