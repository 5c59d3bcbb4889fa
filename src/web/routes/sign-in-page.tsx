import { Alert, Button, Paper, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { ApiError } from '../api/api-error';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { PasswordField } from '../components/password-field';
import { returnPathFrom, sessionExpiredIn } from '../features/auth/return-path';
import { useSession } from '../features/auth/session';
import { useSignIn } from '../features/auth/use-sign-in';
import { useI18n } from '../i18n/i18n-provider';

interface FieldErrors {
  username?: string;
  password?: string;
}

export function SignInPage() {
  const { t } = useI18n();
  const session = useSession();
  const [searchParams] = useSearchParams();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  if (session.data) return <Navigate to={returnPathFrom(searchParams)} replace />;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: FieldErrors = {
      username: username.trim() ? undefined : t.signIn.usernameRequired,
      password: password ? undefined : t.signIn.passwordRequired,
    };
    setFieldErrors(errors);
    const firstInvalid = errors.username ? usernameRef : errors.password ? passwordRef : null;
    if (firstInvalid) {
      firstInvalid.current?.focus();
      return;
    }
    signIn.mutate(
      { username: username.trim(), password },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'invalid_credentials') {
            setPassword('');
            passwordRef.current?.focus();
          }
        },
      },
    );
  };

  return (
    <Page title={t.signIn.title}>
      <Text c="dimmed" mt={-8}>
        {t.app.tagline}
      </Text>
      <Paper withBorder shadow="xs" p={{ base: 'md', xs: 'lg' }}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {sessionExpiredIn(searchParams) && !signIn.isError && (
              <Alert color="yellow" variant="light" role="status">
                {t.signIn.sessionExpired}
              </Alert>
            )}
            {signIn.isError && <ErrorAlert error={signIn.error} />}
            <TextInput
              ref={usernameRef}
              label={t.signIn.username}
              name="username"
              autoComplete="username"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={username}
              onChange={(event) => setUsername(event.currentTarget.value)}
              error={fieldErrors.username}
            />
            <PasswordField
              ref={passwordRef}
              label={t.signIn.password}
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={fieldErrors.password}
            />
            <Button type="submit" fullWidth loading={signIn.isPending}>
              {t.signIn.submit}
            </Button>
          </Stack>
        </form>
      </Paper>
      <Text size="sm">{t.signIn.forgotPassword}</Text>
    </Page>
  );
}
