import { PASSWORD_MIN_LENGTH } from '../../../contract/auth';
import { formatNumber } from '../../i18n/format';
import type { Messages } from '../../i18n/vi';

export interface NewPasswordEntry {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/**
 * What is wrong with a new password as typed, before the server checks it against common passwords.
 * `sameAsCurrent` tells that it repeats the password it replaces, named as the person knows it.
 */
export function newPasswordErrors(
  t: Messages,
  { currentPassword, newPassword, confirmPassword }: NewPasswordEntry,
  sameAsCurrent = t.changePassword.sameAsCurrent,
): { newPassword?: string; confirmPassword?: string } {
  return {
    newPassword:
      newPassword.length < PASSWORD_MIN_LENGTH
        ? t.changePassword.tooShort(formatNumber(PASSWORD_MIN_LENGTH))
        : newPassword === currentPassword
          ? sameAsCurrent
          : undefined,
    confirmPassword: confirmPassword === newPassword ? undefined : t.changePassword.mismatch,
  };
}
