import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { Ref } from 'react';
import { useI18n } from '../i18n/i18n-provider';

/** A password input whose show/hide button is labelled in the user's language. */
export function PasswordField({ ref, ...props }: PasswordInputProps & { ref?: Ref<HTMLInputElement> }) {
  const { t } = useI18n();
  return (
    <PasswordInput ref={ref} visibilityToggleButtonProps={{ 'aria-label': t.app.showPassword }} {...props} />
  );
}
