import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import type { InfiniteData, UseInfiniteQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Page } from '../api/page';
import { formatNumber } from '../i18n/format';
import { useI18n } from '../i18n/i18n-provider';
import { ErrorAlert } from './error-alert';

interface PagedListProps<Item> {
  query: UseInfiniteQueryResult<InfiniteData<Page<Item>>>;
  itemKey: (item: Item) => string;
  renderItem: (item: Item) => ReactNode;
  /** Said when the list has no items. */
  empty: string;
  /** Names the list for screen readers. */
  label: string;
}

/** A list the server sends in pages: the first page, then "Xem thêm" for each next one. */
export function PagedList<Item>({ query, itemKey, renderItem, empty, label }: PagedListProps<Item>) {
  const { t } = useI18n();
  if (query.isPending) {
    return (
      <Group gap="xs" role="status">
        <Loader size="sm" />
        <Text size="sm">{t.list.loading}</Text>
      </Group>
    );
  }
  if (!query.data) {
    return (
      <Stack gap="xs" align="flex-start">
        <ErrorAlert error={query.error} />
        <Button variant="default" onClick={() => query.refetch()}>
          {t.errors.retry}
        </Button>
      </Stack>
    );
  }

  const items = query.data.pages.flatMap((page) => page.items);
  const total = query.data.pages[0]?.total ?? 0;
  if (items.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack gap="xs">
      <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => (
          <li key={itemKey(item)}>{renderItem(item)}</li>
        ))}
      </ul>
      {query.hasNextPage && (
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            {t.list.shown(formatNumber(items.length), formatNumber(total))}
          </Text>
          <Button
            variant="light"
            size="compact-md"
            onClick={() => query.fetchNextPage()}
            loading={query.isFetchingNextPage}
          >
            {t.list.showMore}
          </Button>
        </Group>
      )}
      {query.error && <ErrorAlert error={query.error} />}
    </Stack>
  );
}
