import { ActionIcon, Anchor, Box, Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import type { UnitCounts } from '../../../contract/org';
import { ChevronIcon } from '../../components/chevron-icon';
import { ErrorAlert } from '../../components/error-alert';
import { PagedList } from '../../components/paged-list';
import { useI18n } from '../../i18n/i18n-provider';
import { unitPath } from './at-date';
import { orgUnitChildrenQuery, orgUnitQuery, orgUnitsOfKindQuery } from './org-queries';
import { describeCounts, hasUnitsBelow } from './unit-counts';

interface TreeUnit {
  id: string;
  name: string;
  counts: UnitCounts;
}

function OrgTreeChildren({ parentId, at }: { parentId: string; at: string | undefined }) {
  const { t } = useI18n();
  const children = useInfiniteQuery(orgUnitChildrenQuery(parentId, at));
  return (
    <PagedList
      query={children}
      itemKey={(child) => child.id}
      label={t.org.children}
      empty={t.org.noChildren}
      renderItem={(child) => <OrgTreeNode unit={{ ...child, counts: child.descendantCounts }} at={at} />}
    />
  );
}

function OrgTreeNode({
  unit,
  at,
  initiallyOpen = false,
}: {
  unit: TreeUnit;
  at: string | undefined;
  initiallyOpen?: boolean;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(initiallyOpen);
  const expandable = hasUnitsBelow(unit.counts);
  return (
    <>
      <Group gap={6} wrap="nowrap" align="flex-start" py={4}>
        {expandable ? (
          <ActionIcon
            variant="subtle"
            color="gray.8"
            size={36}
            aria-expanded={open}
            aria-label={open ? t.org.collapse(unit.name) : t.org.expand(unit.name)}
            onClick={() => setOpen((current) => !current)}
          >
            <ChevronIcon open={open} />
          </ActionIcon>
        ) : (
          <Box w={36} style={{ flexShrink: 0 }} />
        )}
        <Stack gap={0} pt={6} style={{ minWidth: 0 }}>
          <Anchor component={Link} to={unitPath(unit.id, at)} fw={500}>
            {unit.name}
          </Anchor>
          <Text size="sm" c="dimmed">
            {describeCounts(unit.counts, t)}
          </Text>
        </Stack>
      </Group>
      {open && (
        <Box
          ml={17}
          pl={{ base: 6, sm: 'md' }}
          style={{ borderLeft: '1px solid var(--mantine-color-gray-3)' }}
        >
          <OrgTreeChildren parentId={unit.id} at={at} />
        </Box>
      )}
    </>
  );
}

/** The organisation from the ministry down, opening each unit's children on demand. */
export function OrgTree({ at }: { at: string | undefined }) {
  const { t } = useI18n();
  const ministries = useQuery(orgUnitsOfKindQuery('ministry', at));
  const ministry = ministries.data?.items[0];
  const detail = useQuery({ ...orgUnitQuery(ministry?.id ?? '', at), enabled: Boolean(ministry) });
  const error = ministries.error ?? detail.error;
  if (error) return <ErrorAlert error={error} />;
  if (ministries.isSuccess && !ministry) return <Text c="dimmed">{t.org.noUnitsAt}</Text>;
  if (!detail.data) return <Text role="status">{t.list.loading}</Text>;
  return <OrgTreeNode unit={detail.data} at={at} initiallyOpen />;
}
