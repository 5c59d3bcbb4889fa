import { Button, Group, Paper, TextInput } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../components/page';
import { PagedList } from '../components/paged-list';
import { AccountListItem } from '../features/accounts/account-list-item';
import { accountListQuery } from '../features/accounts/account-queries';
import { useCurrentSession } from '../features/auth/session';
import { useI18n } from '../i18n/i18n-provider';

export function AccountsPage() {
  const { t } = useI18n();
  const { permissions } = useCurrentSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const q = searchParams.get('q')?.trim() ?? '';
  const [text, setText] = useState(q);
  const accounts = useInfiniteQuery(accountListQuery({ q }));

  const search = (event: FormEvent) => {
    event.preventDefault();
    setSearchParams(text.trim() ? { q: text.trim() } : {});
  };

  return (
    <Page title={t.accounts.title}>
      {permissions.includes('account.manage') && (
        <Button component={Link} to="/tai-khoan/moi" w="fit-content">
          {t.accounts.create}
        </Button>
      )}
      <search>
        <form onSubmit={search}>
          <Group align="flex-end" gap="xs" wrap="nowrap" maw={520}>
            <TextInput
              type="search"
              label={t.accounts.search}
              description={t.accounts.searchHint}
              value={text}
              onChange={(event) => setText(event.currentTarget.value)}
              style={{ flex: 1 }}
            />
            <Button type="submit">{t.org.searchSubmit}</Button>
          </Group>
        </form>
      </search>
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
