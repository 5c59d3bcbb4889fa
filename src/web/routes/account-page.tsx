import { Alert, Button, Group, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isNotFoundError } from '../api/api-error';
import { ConfirmDialog } from '../components/confirm-dialog';
import { DetailsTable } from '../components/details-table';
import { ErrorAlert } from '../components/error-alert';
import { OneTimeSecret } from '../components/one-time-secret';
import { Page } from '../components/page';
import { Section } from '../components/section';
import { AccountEditForm } from '../features/accounts/account-edit-form';
import { accountQuery } from '../features/accounts/account-queries';
import { AccountRoles } from '../features/accounts/account-roles';
import { useAccountMutations } from '../features/accounts/use-account-mutations';
import { spokenUnitName } from '../features/org/unit-name';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-provider';
import { NotFoundPage } from './not-found-page';

type Confirming = 'toggle-disabled' | 'reset-password' | null;

export function AccountPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const account = useQuery(accountQuery(id));
  const mutations = useAccountMutations(id);
  const [confirming, setConfirming] = useState<Confirming>(null);

  if (isNotFoundError(account.error)) return <NotFoundPage />;
  if (!account.data) {
    return (
      <Page title={t.accounts.accountTitle}>
        {account.isError ? <ErrorAlert error={account.error} /> : <Text role="status">{t.app.loading}</Text>}
      </Page>
    );
  }
  const current = account.data;
  const { update, resetPassword } = mutations;
  const details = [
    { label: t.accounts.username, value: current.username },
    { label: t.accounts.unit, value: current.unit ? spokenUnitName(current.unit.name) : t.home.noUnit },
    { label: t.accounts.email, value: current.email ?? t.home.noEmail },
    { label: t.accounts.status, value: current.disabled ? t.accounts.disabled : t.accounts.active },
    { label: t.accounts.createdAt, value: formatDate(new Date(current.createdAt)) },
  ];

  return (
    <Page title={current.displayName}>
      {current.disabled && (
        <Alert color="red" variant="light">
          {t.accounts.disabledNotice}
        </Alert>
      )}
      {current.mustChangePassword && !current.disabled && (
        <Alert color="yellow" variant="light">
          {t.accounts.mustChangeNotice}
        </Alert>
      )}
      {resetPassword.data && (
        <OneTimeSecret
          title={t.accounts.temporaryPassword(current.username)}
          secret={resetPassword.data.temporaryPassword}
          explanation={t.accounts.temporaryPasswordExplanation}
        />
      )}
      <Section title={t.accounts.details}>
        <DetailsTable details={details} />
        {(current.abilities.disable || current.abilities.resetPassword) && (
          <Group gap="sm">
            {current.abilities.resetPassword && (
              <Button variant="default" onClick={() => setConfirming('reset-password')}>
                {t.accounts.resetPassword}
              </Button>
            )}
            {current.abilities.disable && (
              <Button
                variant={current.disabled ? 'filled' : 'outline'}
                color={current.disabled ? undefined : 'red.9'}
                onClick={() => setConfirming('toggle-disabled')}
              >
                {current.disabled ? t.accounts.enable : t.accounts.disable}
              </Button>
            )}
          </Group>
        )}
        {resetPassword.isError && <ErrorAlert error={resetPassword.error} />}
      </Section>
      {current.abilities.update && (
        <Section title={t.accounts.editTitle}>
          <AccountEditForm
            key={current.version}
            account={current}
            update={update}
            onConflict={() => account.refetch()}
          />
        </Section>
      )}
      <Section title={t.accounts.rolesTitle}>
        <Text size="sm">{t.accounts.rolesIntro}</Text>
        <AccountRoles account={current} mutations={mutations} />
      </Section>
      <ConfirmDialog
        opened={confirming === 'toggle-disabled'}
        title={current.disabled ? t.accounts.enableTitle : t.accounts.disableTitle}
        confirmLabel={current.disabled ? t.accounts.enable : t.accounts.disable}
        danger={!current.disabled}
        loading={update.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() =>
          update.mutate(
            { version: current.version, disabled: !current.disabled },
            { onSettled: () => setConfirming(null) },
          )
        }
      >
        {current.disabled
          ? t.accounts.enableBody(current.displayName)
          : t.accounts.disableBody(current.displayName)}
      </ConfirmDialog>
      <ConfirmDialog
        opened={confirming === 'reset-password'}
        title={t.accounts.resetTitle}
        confirmLabel={t.accounts.resetPassword}
        loading={resetPassword.isPending}
        onClose={() => setConfirming(null)}
        onConfirm={() => resetPassword.mutate(undefined, { onSettled: () => setConfirming(null) })}
      >
        {t.accounts.resetBody(current.displayName)}
      </ConfirmDialog>
    </Page>
  );
}
