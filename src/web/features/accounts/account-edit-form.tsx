import { Button, Stack } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { Account } from '../../../contract/accounts';
import { ApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-provider';
import { AccountContactFields } from './account-contact-fields';
import { accountFieldErrors } from './account-field-errors';
import type { useAccountMutations } from './use-account-mutations';

interface AccountEditFormProps {
  account: Account;
  update: ReturnType<typeof useAccountMutations>['update'];
  /** Called after someone else's change was refused, to show the account as it is now. */
  onConflict: () => void;
}

/** Name and e-mail, saved with the version read so that a colleague's change is not overwritten. */
export function AccountEditForm({ account, update, onConflict }: AccountEditFormProps) {
  const { t } = useI18n();
  const [displayName, setDisplayName] = useState(account.displayName);
  const [email, setEmail] = useState(account.email ?? '');
  const fieldErrors = accountFieldErrors(update.error, t);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate(
      { version: account.version, displayName: displayName.trim(), email: email.trim() || null },
      {
        onError: (error) => {
          if (error instanceof ApiError && error.code === 'version_conflict') onConflict();
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={480}>
        {update.isError && !fieldErrors.displayName && !fieldErrors.email && (
          <ErrorAlert error={update.error} />
        )}
        <AccountContactFields
          displayName={displayName}
          email={email}
          onDisplayNameChange={setDisplayName}
          onEmailChange={setEmail}
          errors={fieldErrors}
        />
        <Button type="submit" loading={update.isPending} w={{ base: '100%', xs: 'auto' }}>
          {t.accounts.save}
        </Button>
      </Stack>
    </form>
  );
}
