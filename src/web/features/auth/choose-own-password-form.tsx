import { Button, Stack, Text } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { PASSWORD_MIN_LENGTH, type SessionResponse } from '../../../contract/auth';
import { ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/error-alert';
import { PasswordField } from '../../components/password-field';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-provider';
import { newPasswordErrors } from './new-password-rules';
import { type TemporarySignIn, useChooseOwnPassword } from './use-sign-in-again';

type Field = 'newPassword' | 'confirmPassword';

/**
 * The second step of signing in again over a page, when the password given was a temporary one set
 * meanwhile: the person chooses their own here, and the page they were on stays as it is.
 */
export function ChooseOwnPasswordForm({
  ended,
  temporary,
}: {
  ended: SessionResponse;
  temporary: TemporarySignIn;
}) {
  const { t } = useI18n();
  const chooseOwnPassword = useChooseOwnPassword(ended);
  const [values, setValues] = useState<Record<Field, string>>({ newPassword: '', confirmPassword: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const refs = {
    newPassword: useRef<HTMLInputElement>(null),
    confirmPassword: useRef<HTMLInputElement>(null),
  };

  const showErrors = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    const first = (['newPassword', 'confirmPassword'] as const).find((field) => found[field]);
    if (first) refs[first].current?.focus();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    chooseOwnPassword.reset();
    const found = newPasswordErrors(t, { currentPassword: temporary.password, ...values });
    showErrors(found);
    if (found.newPassword || found.confirmPassword) return;
    chooseOwnPassword.mutate(
      { temporary, newPassword: values.newPassword },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'weak_password')
            showErrors({ newPassword: t.problems.weak_password });
        },
      },
    );
  };

  const input = (field: Field, label: string, description?: string) => (
    <PasswordField
      ref={refs[field]}
      label={label}
      description={description}
      name={field}
      autoComplete="new-password"
      required
      data-autofocus={field === 'newPassword' || undefined}
      value={values[field]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setValues((current) => ({ ...current, [field]: value }));
      }}
      error={errors[field]}
    />
  );

  const weak =
    chooseOwnPassword.error instanceof ApiError && chooseOwnPassword.error.code === 'weak_password';
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t.signInAgain.temporaryPassword}</Text>
        {chooseOwnPassword.isError && !weak && <ErrorAlert error={chooseOwnPassword.error} />}
        {input(
          'newPassword',
          t.changePassword.newPassword,
          t.changePassword.newPasswordHint(formatNumber(PASSWORD_MIN_LENGTH)),
        )}
        {input('confirmPassword', t.changePassword.confirmPassword)}
        <Button type="submit" loading={chooseOwnPassword.isPending} w={{ base: '100%', xs: 'auto' }}>
          {t.signInAgain.chooseOwnPassword}
        </Button>
      </Stack>
    </form>
  );
}
