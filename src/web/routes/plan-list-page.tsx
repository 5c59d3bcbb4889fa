import { Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { planStatuses } from '../../contract/plans/plan';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { ShowMoreButton } from '../components/show-more-button';
import { useCurrentSession } from '../features/auth/session';
import { IssuerFilter } from '../features/plans/issuer-filter';
import { PlanListEntry } from '../features/plans/plan-list-item';
import { planListQuery } from '../features/plans/plan-queries';
import { usePlanFilters } from '../features/plans/use-plan-filters';
import { usePlanMessages } from '../features/plans/use-plan-messages';
import { formatNumber } from '../i18n/format';

const SEARCH_DELAY_MS = 400;
const FIRST_YEAR = 2016;

export function PlanListPage() {
  const plans = usePlanMessages();
  const { permissions } = useCurrentSession();
  const [filters, changeFilters] = usePlanFilters();
  const [searchText, setSearchText] = useState(filters.q);
  const applySearch = useDebouncedCallback((q: string) => changeFilters({ q: q.trim() }), SEARCH_DELAY_MS);
  const list = useInfiniteQuery(planListQuery(filters));
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const lastYear = new Date().getFullYear() + 5;
  const years = Array.from({ length: lastYear - FIRST_YEAR + 1 }, (_, index) => String(lastYear - index));
  const filtered = Boolean(filters.q || filters.issuer || filters.year || filters.status);

  return (
    <Page title={plans.list.title}>
      <Group justify="space-between" align="flex-start" gap="md">
        <Text maw="65ch">{plans.list.intro}</Text>
        {permissions.includes('plan.author') && (
          <Group gap="sm">
            <Button component={Link} to="/ke-hoach/moi">
              {plans.list.create}
            </Button>
            <Button component={Link} to="/ke-hoach/nhap" variant="default">
              {plans.list.importFromText}
            </Button>
          </Group>
        )}
      </Group>
      <Paper component="form" role="search" withBorder p="md" onSubmit={(event) => event.preventDefault()}>
        <Stack gap="sm">
          <TextInput
            type="search"
            label={plans.list.search}
            description={plans.list.searchHint}
            value={searchText}
            onChange={(event) => {
              setSearchText(event.currentTarget.value);
              applySearch(event.currentTarget.value);
            }}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <IssuerFilter value={filters.issuer} onChange={(issuer) => changeFilters({ issuer })} />
            <Select
              label={plans.list.year}
              placeholder={plans.list.anyYear}
              data={years}
              value={filters.year ? String(filters.year) : null}
              onChange={(year) => changeFilters({ year: year ? Number(year) : null })}
              clearable
            />
            <Select
              label={plans.list.status}
              placeholder={plans.list.anyStatus}
              data={planStatuses.map((status) => ({ value: status, label: plans.statuses[status] }))}
              value={filters.status}
              onChange={(status) => changeFilters({ status: status as (typeof planStatuses)[number] | null })}
              clearable
            />
          </SimpleGrid>
          {filtered && (
            <Button
              variant="subtle"
              w="fit-content"
              onClick={() => {
                setSearchText('');
                changeFilters({ q: '', issuer: null, year: null, status: null });
              }}
            >
              {plans.list.clearFilters}
            </Button>
          )}
        </Stack>
      </Paper>

      <Stack component="section" gap="sm" aria-labelledby="plan-results" aria-busy={list.isFetching}>
        <Text id="plan-results" fw={700} component="h2" size="lg">
          {plans.list.results}
        </Text>
        {list.isError && <ErrorAlert error={list.error} />}
        <Text role="status" size="sm" c="dimmed">
          {list.isPending
            ? plans.list.loading
            : items.length === 0
              ? plans.list.noResults
              : plans.list.shown(formatNumber(items.length), formatNumber(total))}
        </Text>
        <Stack component="ul" gap="sm" m={0} p={0} style={{ listStyle: 'none' }}>
          {items.map((plan) => (
            <PlanListEntry key={plan.id} plan={plan} />
          ))}
        </Stack>
        <ShowMoreButton list={list} label={plans.list.showMore} />
      </Stack>
    </Page>
  );
}
