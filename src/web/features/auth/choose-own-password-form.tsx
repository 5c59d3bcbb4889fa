import { Button, Stack, Text } from '@mantine/core';
import { type FormEvent, useEffect, useId } from 'react';
import { PASSWORD_MIN_LENGTH, type SessionResponse } from '../../../contract/auth';
import { ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/error-alert';
import { formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-provider';
import { newPasswordErrors } from './new-password-rules';
import { usePasswordFields } from './use-password-fields';
import { type TemporarySignIn, useChooseOwnPassword } from './use-sign-in-again';

const FIELDS = ['newPassword', 'confirmPassword'] as const;

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
  const { values, showErrors, input, focus } = usePasswordFields(FIELDS);
  const explanationId = useId();
  // It replaces the sign-in form in a dialog already open, whose button held the focus.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the step appears
  useEffect(() => focus('newPassword'), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    chooseOwnPassword.reset();
    const found = newPasswordErrors(
      t,
      { currentPassword: temporary.password, ...values },
      t.signInAgain.sameAsTemporary,
    );
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

  const weak =
    chooseOwnPassword.error instanceof ApiError && chooseOwnPassword.error.code === 'weak_password';
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text id={explanationId}>{t.signInAgain.temporaryPassword}</Text>
        {chooseOwnPassword.isError && !weak && <ErrorAlert error={chooseOwnPassword.error} />}
        {input('newPassword', t.changePassword.newPassword, {
          description: t.changePassword.newPasswordHint(formatNumber(PASSWORD_MIN_LENGTH)),
          describedBy: explanationId,
        })}
        {input('confirmPassword', t.changePassword.confirmPassword)}
        <Button type="submit" loading={chooseOwnPassword.isPending} w={{ base: '100%', xs: 'auto' }}>
          {t.signInAgain.chooseOwnPassword}
        </Button>
      </Stack>
    </form>
  );
}
