import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import type { FormEvent } from 'react';
import { PASSWORD_MIN_LENGTH } from '../../contract/auth';
import { ApiError } from '../api/api-error';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { newPasswordErrors } from '../features/auth/new-password-rules';
import { useCurrentSession } from '../features/auth/session';
import { useChangePassword } from '../features/auth/use-change-password';
import { type PasswordErrors, usePasswordFields } from '../features/auth/use-password-fields';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-provider';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

export function ChangePasswordPage() {
  const { t } = useI18n();
  const { user } = useCurrentSession();
  const changePassword = useChangePassword();
  const { values, showErrors, input, clear } = usePasswordFields(FIELDS);
  const minLength = formatNumber(PASSWORD_MIN_LENGTH);

  const validate = (entered: typeof values): PasswordErrors<(typeof FIELDS)[number]> => ({
    currentPassword: entered.currentPassword ? undefined : t.changePassword.currentRequired,
    ...newPasswordErrors(t, entered),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    changePassword.reset();
    const errors = validate(values);
    showErrors(errors);
    if (Object.values(errors).some(Boolean)) return;
    changePassword.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: clear,
        onError: (error) => {
          // These two are about one field: show them there rather than above the form.
          if (!(error instanceof ApiError)) return;
          if (error.code === 'wrong_password') showErrors({ currentPassword: t.problems.wrong_password });
          if (error.code === 'weak_password') showErrors({ newPassword: t.problems.weak_password });
        },
      },
    );
  };

  const isFieldError =
    changePassword.error instanceof ApiError &&
    (changePassword.error.code === 'wrong_password' || changePassword.error.code === 'weak_password');

  return (
    <Page title={t.changePassword.title}>
      {user.mustChangePassword && (
        <Alert color="yellow" variant="light" maw={480}>
          {t.problems.password_change_required}
        </Alert>
      )}
      <Text maw="65ch">{t.changePassword.intro}</Text>
      <Paper withBorder p={{ base: 'md', xs: 'lg' }} maw={480}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {changePassword.isSuccess && (
              <Alert color="green" variant="light" role="status">
                {t.changePassword.success}
              </Alert>
            )}
            {changePassword.isError && !isFieldError && <ErrorAlert error={changePassword.error} />}
            {input('currentPassword', t.changePassword.currentPassword)}
            {input('newPassword', t.changePassword.newPassword, {
              description: t.changePassword.newPasswordHint(minLength),
            })}
            {input('confirmPassword', t.changePassword.confirmPassword)}
            <Button type="submit" loading={changePassword.isPending} w={{ base: '100%', xs: 'auto' }}>
              {t.changePassword.submit}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
