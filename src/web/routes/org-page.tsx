import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { Page } from '../components/page';
import { PagedList } from '../components/paged-list';
import { SearchForm, useSearchedText } from '../components/search-form';
import { useAtDate } from '../features/org/at-date';
import { AtDateField, AtDateNotice } from '../features/org/at-date-field';
import { orgUnitSearchQuery } from '../features/org/org-queries';
import { OrgTree } from '../features/org/org-tree';
import { UnitListItem } from '../features/org/unit-list-item';
import { spokenUnitName } from '../features/org/unit-name';
import { useDepartmentOf } from '../features/org/use-department-of';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-provider';

function SearchResults({ q, at }: { q: string; at: string | undefined }) {
  const { t } = useI18n();
  const results = useInfiniteQuery(orgUnitSearchQuery(q, at));
  const departmentOf = useDepartmentOf();
  return (
    <PagedList
      query={results}
      itemKey={(unit) => unit.id}
      label={t.org.searchResults}
      empty={t.org.noResults}
      renderItem={(unit) => {
        const department = unit.kind === 'department' ? undefined : departmentOf(unit.provinceCode);
        return (
          <UnitListItem
            unit={unit}
            at={at}
            details={[
              unit.schoolLevel ? t.org.schoolLevels[unit.schoolLevel] : t.org.kinds[unit.kind],
              department ? t.org.inProvince(spokenUnitName(department.name)) : '',
              unit.validTo ? t.org.closedOn(formatDate(new Date(unit.validTo))) : '',
            ]}
          />
        );
      }}
    />
  );
}

export function OrgPage() {
  const { t } = useI18n();
  const at = useAtDate();
  const q = useSearchedText();

  return (
    <Page title={t.org.title}>
      <Text maw="65ch">{t.org.intro}</Text>
      <Group align="flex-end" gap="md" wrap="wrap">
        <SearchForm label={t.org.search} description={t.org.searchHint} style={{ flex: '1 1 18rem' }} />
        <AtDateField at={at} />
      </Group>
      <AtDateNotice at={at} />
      <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
        {q ? (
          <Stack gap="xs">
            <Title order={2}>{t.org.searchResults}</Title>
            <SearchResults q={q} at={at} />
          </Stack>
        ) : (
          <OrgTree at={at} />
        )}
      </Paper>
    </Page>
  );
}
