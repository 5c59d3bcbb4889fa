import { TextInput } from '@mantine/core';
import { useI18n } from '../../i18n/i18n-provider';

interface AccountContactFieldsProps {
  displayName: string;
  email: string;
  onDisplayNameChange: (value: string) => void;
  onEmailChange: (value: string) => void;
  errors: { displayName?: string; email?: string };
}

/** The name and e-mail inputs shared by the new-account form and the account's edit form. */
export function AccountContactFields(props: AccountContactFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextInput
        label={t.accounts.displayName}
        required
        value={props.displayName}
        onChange={(event) => props.onDisplayNameChange(event.currentTarget.value)}
        error={props.errors.displayName}
      />
      <TextInput
        type="email"
        label={t.accounts.email}
        description={t.accounts.emailHint}
        value={props.email}
        onChange={(event) => props.onEmailChange(event.currentTarget.value)}
        error={props.errors.email}
      />
    </>
  );
}
