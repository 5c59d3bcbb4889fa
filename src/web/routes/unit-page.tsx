import { Alert, Anchor, Breadcrumbs, SimpleGrid, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import type { OrgUnitDetail } from '../../contract/org';
import { isNotFoundError } from '../api/api-error';
import { DetailsTable } from '../components/details-table';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { PagedList } from '../components/paged-list';
import { Section } from '../components/section';
import { AccountListItem } from '../features/accounts/account-list-item';
import { accountListQuery } from '../features/accounts/account-queries';
import { unitPath, useAtDate } from '../features/org/at-date';
import { AtDateNotice } from '../features/org/at-date-field';
import { orgUnitChildrenQuery, orgUnitQuery } from '../features/org/org-queries';
import { describeCounts } from '../features/org/unit-counts';
import { UnitListItem } from '../features/org/unit-list-item';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-provider';
import type { Messages } from '../i18n/vi';
import { NotFoundPage } from './not-found-page';

const dayOf = (iso: string) => formatDate(new Date(iso));

function kindText(unit: OrgUnitDetail, t: Messages): string {
  return [
    t.org.kinds[unit.kind],
    unit.schoolLevel ? t.org.schoolLevels[unit.schoolLevel] : '',
    unit.ownership ? t.org.ownerships[unit.ownership] : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

function UnitDetails({ unit }: { unit: OrgUnitDetail }) {
  const { t } = useI18n();
  const details = [
    { label: t.org.code, value: unit.code },
    { label: t.org.shortName, value: unit.shortName },
    { label: t.org.kind, value: kindText(unit, t) },
    { label: t.org.validFrom, value: dayOf(unit.validFrom) },
    ...(unit.validTo ? [{ label: t.org.validTo, value: dayOf(unit.validTo) }] : []),
    { label: t.org.address, value: unit.address ?? t.org.notRecorded },
    { label: t.org.phone, value: unit.phone ?? t.org.notRecorded },
    { label: t.org.email, value: unit.email ?? t.org.notRecorded },
  ];
  return <DetailsTable details={details} />;
}

function Successions({ unit, at }: { unit: OrgUnitDetail; at: string | undefined }) {
  const { t } = useI18n();
  const groups = [
    { title: t.org.successors, intro: t.org.successorsIntro, items: unit.successors },
    { title: t.org.predecessors, intro: '', items: unit.predecessors },
  ].filter((group) => group.items.length > 0);
  return groups.map((group) => (
    <Section key={group.title} title={group.title}>
      {group.intro && <Text size="sm">{group.intro}</Text>}
      <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {group.items.map(({ unit: other, effectiveOn }) => (
          <li key={other.id}>
            <UnitListItem
              unit={other}
              at={at}
              details={[t.org.kinds[other.kind], t.org.effectiveOn(dayOf(effectiveOn))]}
            />
          </li>
        ))}
      </ul>
    </Section>
  ));
}

function UnitChildren({ unitId, at }: { unitId: string; at: string | undefined }) {
  const { t } = useI18n();
  const children = useInfiniteQuery(orgUnitChildrenQuery(unitId, at));
  return (
    <PagedList
      query={children}
      itemKey={(child) => child.id}
      label={t.org.children}
      empty={t.org.noUnitsBelow}
      renderItem={(child) => (
        <UnitListItem
          unit={child}
          at={at}
          details={[
            child.schoolLevel ? t.org.schoolLevels[child.schoolLevel] : t.org.kinds[child.kind],
            describeCounts(child.descendantCounts, t),
          ]}
        />
      )}
    />
  );
}

function UnitAccounts({ unitId }: { unitId: string }) {
  const { t } = useI18n();
  const accounts = useInfiniteQuery(accountListQuery({ under: unitId }));
  return (
    <PagedList
      query={accounts}
      itemKey={(account) => account.id}
      renderItem={(account) => <AccountListItem account={account} />}
      label={t.accounts.ofUnit}
      empty={t.accounts.none}
    />
  );
}

export function UnitPage() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const at = useAtDate();
  const unit = useQuery(orgUnitQuery(id, at));

  if (isNotFoundError(unit.error)) return <NotFoundPage />;
  if (!unit.data) {
    return (
      <Page title={t.org.unitDocumentTitle}>
        {unit.isError ? <ErrorAlert error={unit.error} /> : <Text role="status">{t.app.loading}</Text>}
      </Page>
    );
  }
  const detail = unit.data;
  const counts = describeCounts(detail.counts, t);
  return (
    <Page title={detail.name}>
      {detail.ancestors.length > 0 && (
        <nav aria-label={t.org.ancestors} style={{ marginTop: 'calc(-1 * var(--mantine-spacing-sm))' }}>
          <Breadcrumbs separatorMargin={6} styles={{ root: { flexWrap: 'wrap', rowGap: 4 } }}>
            {detail.ancestors.map((ancestor) => (
              <Anchor key={ancestor.id} component={Link} to={unitPath(ancestor.id, at)} size="sm">
                {ancestor.name}
              </Anchor>
            ))}
          </Breadcrumbs>
        </nav>
      )}
      {detail.validTo && (
        <Alert color="orange" variant="light" p="xs">
          <Text size="sm" fw={600}>
            {t.org.closedOn(dayOf(detail.validTo))}
          </Text>
        </Alert>
      )}
      <AtDateNotice at={at} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section title={t.org.details}>
          <UnitDetails unit={detail} />
        </Section>
        <Section title={t.org.unitsBelow}>
          <Text fw={500}>{counts || t.org.noUnitsBelow}</Text>
        </Section>
      </SimpleGrid>
      <Successions unit={detail} at={at} />
      {counts && (
        <Section title={t.org.children}>
          <UnitChildren unitId={detail.id} at={at} />
        </Section>
      )}
      {detail.abilities.readAccounts && (
        <Section title={t.accounts.ofUnit}>
          <UnitAccounts unitId={detail.id} />
        </Section>
      )}
    </Page>
  );
}
