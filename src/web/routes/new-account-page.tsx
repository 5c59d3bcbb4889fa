import { Button, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import type { Role } from '../../contract/roles';
import { roles } from '../../contract/roles';
import { ErrorAlert } from '../components/error-alert';
import { OneTimeSecret } from '../components/one-time-secret';
import { Page } from '../components/page';
import { AccountContactFields } from '../features/accounts/account-contact-fields';
import { accountFieldErrors } from '../features/accounts/account-field-errors';
import { useAccountMutations } from '../features/accounts/use-account-mutations';
import { UnitPicker } from '../features/org/unit-picker';
import { useI18n } from '../i18n/i18n-provider';

export function NewAccountPage() {
  const { t } = useI18n();
  const { create } = useAccountMutations();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const fieldErrors = accountFieldErrors(create.error, t);
  const unitMissing = create.isIdle ? undefined : unitId ? undefined : t.accounts.fieldHints.unitId;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({
      username: username.trim(),
      displayName: displayName.trim(),
      ...(email.trim() ? { email: email.trim() } : {}),
      unitId: unitId ?? '',
      ...(role ? { role } : {}),
    });
  };

  if (create.data) {
    const { account, temporaryPassword } = create.data;
    return (
      <Page title={t.accounts.created(account.displayName)}>
        <OneTimeSecret
          title={t.accounts.temporaryPassword(account.username)}
          secret={temporaryPassword}
          explanation={t.accounts.temporaryPasswordExplanation}
        />
        <Button component={Link} to={`/tai-khoan/${account.id}`} w="fit-content">
          {t.accounts.openAccount}
        </Button>
      </Page>
    );
  }

  return (
    <Page title={t.accounts.create}>
      <Text maw="65ch">{t.accounts.createIntro}</Text>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} maw={560}>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {create.isError && Object.keys(fieldErrors).length === 0 && <ErrorAlert error={create.error} />}
            <TextInput
              label={t.accounts.username}
              description={t.accounts.usernameRule}
              autoCapitalize="none"
              autoComplete="off"
              spellCheck={false}
              required
              value={username}
              onChange={(event) => setUsername(event.currentTarget.value)}
              error={fieldErrors.username}
            />
            <AccountContactFields
              displayName={displayName}
              email={email}
              onDisplayNameChange={setDisplayName}
              onEmailChange={setEmail}
              errors={fieldErrors}
            />
            <UnitPicker
              label={t.accounts.unit}
              description={t.org.pickUnitHint}
              value={unitId}
              onChange={setUnitId}
              error={fieldErrors.unitId ?? unitMissing}
              required
            />
            <Select
              label={t.accounts.firstRole}
              description={t.accounts.firstRoleHint}
              data={roles.map((value) => ({ value, label: t.roles[value] }))}
              value={role}
              onChange={(value) => setRole(value as Role | null)}
              clearable
              error={fieldErrors.role}
            />
            <Button type="submit" loading={create.isPending} w={{ base: '100%', xs: 'auto' }}>
              {t.accounts.createSubmit}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
