import { z } from 'zod';

export const PASSWORD_MIN_LENGTH = 10;

export const signInRequestSchema = z.strictObject({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const currentUserSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
  })
  .meta({ id: 'CurrentUser' });

export const sessionResponseSchema = z
  .object({ user: currentUserSchema, csrfToken: z.string() })
  .meta({ id: 'Session' });

export const changePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: z.string().min(PASSWORD_MIN_LENGTH).max(200),
});

export type SignInRequest = z.infer<typeof signInRequestSchema>;
export type CurrentUser = z.infer<typeof currentUserSchema>;
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
