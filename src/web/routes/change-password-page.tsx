import { Alert, Button, Paper, Stack, Text } from '@mantine/core';
import { type FormEvent, type RefObject, useRef, useState } from 'react';
import { PASSWORD_MIN_LENGTH } from '../../contract/auth';
import { ApiError } from '../api/api-error';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { PasswordField } from '../components/password-field';
import { newPasswordErrors } from '../features/auth/new-password-rules';
import { useCurrentSession } from '../features/auth/session';
import { useChangePassword } from '../features/auth/use-change-password';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-provider';

type Field = 'currentPassword' | 'newPassword' | 'confirmPassword';
type Values = Record<Field, string>;
type FieldErrors = Partial<Record<Field, string>>;

const emptyValues: Values = { currentPassword: '', newPassword: '', confirmPassword: '' };

export function ChangePasswordPage() {
  const { t } = useI18n();
  const { user } = useCurrentSession();
  const changePassword = useChangePassword();
  const [values, setValues] = useState(emptyValues);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const refs: Record<Field, RefObject<HTMLInputElement | null>> = {
    currentPassword: useRef<HTMLInputElement>(null),
    newPassword: useRef<HTMLInputElement>(null),
    confirmPassword: useRef<HTMLInputElement>(null),
  };
  const minLength = formatNumber(PASSWORD_MIN_LENGTH);

  const showFieldErrors = (errors: FieldErrors) => {
    setFieldErrors(errors);
    const firstInvalid = (Object.keys(refs) as Field[]).find((field) => errors[field]);
    if (firstInvalid) refs[firstInvalid].current?.focus();
  };

  const validate = (entered: Values): FieldErrors => ({
    currentPassword: entered.currentPassword ? undefined : t.changePassword.currentRequired,
    ...newPasswordErrors(t, entered),
  });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    changePassword.reset();
    const errors = validate(values);
    showFieldErrors(errors);
    if (Object.values(errors).some(Boolean)) return;
    changePassword.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => setValues(emptyValues),
        onError: (error) => {
          // These two are about one field: show them there rather than above the form.
          if (!(error instanceof ApiError)) return;
          if (error.code === 'wrong_password')
            showFieldErrors({ currentPassword: t.problems.wrong_password });
          if (error.code === 'weak_password') showFieldErrors({ newPassword: t.problems.weak_password });
        },
      },
    );
  };

  const isFieldError =
    changePassword.error instanceof ApiError &&
    (changePassword.error.code === 'wrong_password' || changePassword.error.code === 'weak_password');

  const input = (field: Field, label: string, description?: string) => (
    <PasswordField
      ref={refs[field]}
      label={label}
      description={description}
      name={field}
      autoComplete={field === 'currentPassword' ? 'current-password' : 'new-password'}
      required
      value={values[field]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setValues((current) => ({ ...current, [field]: value }));
      }}
      error={fieldErrors[field]}
    />
  );

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
            {input('newPassword', t.changePassword.newPassword, t.changePassword.newPasswordHint(minLength))}
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
