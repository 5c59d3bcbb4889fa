import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import type { SessionResponse } from '../../../contract/auth';
import { ApiError } from '../../api/api-error';
import { AppDialog } from '../../components/app-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { PasswordField } from '../../components/password-field';
import { useI18n } from '../../i18n/i18n-provider';
import { ChooseOwnPasswordForm } from './choose-own-password-form';
import { useSession } from './session';
import { forgetEndedSession } from './session-errors';
import { dismissSignInAgain, useAskingToSignInAgain } from './session-expiry';
import { useSignInAgain } from './use-sign-in-again';

/**
 * Asks for the password again, over the page, when the session ends while the page holds unsaved
 * changes (see `handleSessionError`): signing in keeps the page as it is, and its saves go through
 * again. Closed, it leaves the person on the page, to copy what they typed, say.
 */
export function SignInAgainDialog() {
  const { t } = useI18n();
  const asking = useAskingToSignInAgain();
  const session = useSession().data;
  if (!session) return null;
  // The dialog stays while sessions change, so that closing it gives the focus back to the page; the
  // form is new for each session taken, since what was typed for the one that ended goes with it.
  return (
    <AppDialog opened={asking} onClose={dismissSignInAgain} title={t.signInAgain.title}>
      <SignInAgainForm key={session.csrfToken} ended={session} />
    </AppDialog>
  );
}

function SignInAgainForm({ ended }: { ended: SessionResponse }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const signInAgain = useSignInAgain(ended);
  const [password, setPassword] = useState('');
  const [passwordMissing, setPasswordMissing] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setPasswordMissing(!password);
    if (!password) {
      passwordRef.current?.focus();
      return;
    }
    signInAgain.mutate(password, {
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'invalid_credentials') {
          setPassword('');
          passwordRef.current?.focus();
        }
      },
    });
  };

  const signedIn = signInAgain.data;
  if (signedIn && 'temporary' in signedIn) {
    return <ChooseOwnPasswordForm ended={ended} temporary={signedIn.temporary} />;
  }
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t.signInAgain.explanation}</Text>
        {signInAgain.isError && <ErrorAlert error={signInAgain.error} />}
        <TextInput
          label={t.signIn.username}
          name="username"
          autoComplete="username"
          value={ended.user.username}
          readOnly
        />
        <PasswordField
          ref={passwordRef}
          label={t.signIn.password}
          name="password"
          autoComplete="current-password"
          required
          data-autofocus
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
          error={passwordMissing ? t.signIn.passwordRequired : undefined}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => forgetEndedSession(queryClient)}>
            {t.signInAgain.discard}
          </Button>
          <Button type="submit" loading={signInAgain.isPending}>
            {t.signInAgain.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
