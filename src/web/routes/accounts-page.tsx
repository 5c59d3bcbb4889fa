import { Button, Paper } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { Page } from '../components/page';
import { PagedList } from '../components/paged-list';
import { SearchForm, useSearchedText } from '../components/search-form';
import { AccountListItem } from '../features/accounts/account-list-item';
import { accountListQuery } from '../features/accounts/account-queries';
import { useCurrentSession } from '../features/auth/session';
import { useI18n } from '../i18n/i18n-provider';

export function AccountsPage() {
  const { t } = useI18n();
  const { permissions } = useCurrentSession();
  const q = useSearchedText();
  const accounts = useInfiniteQuery(accountListQuery({ q }));

  return (
    <Page title={t.accounts.title}>
      {permissions.includes('account.manage') && (
        <Button component={Link} to="/tai-khoan/moi" w="fit-content">
          {t.accounts.create}
        </Button>
      )}
      <SearchForm label={t.accounts.search} description={t.accounts.searchHint} style={{ maxWidth: 520 }} />
      <Paper withBorder p={{ base: 'sm', sm: 'md' }}>
        <PagedList
          query={accounts}
          itemKey={(account) => account.id}
          renderItem={(account) => <AccountListItem account={account} />}
          label={t.accounts.title}
          empty={t.accounts.none}
        />
      </Paper>
    </Page>
  );
}
