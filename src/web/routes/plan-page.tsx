import { Anchor, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { writtenInSections } from '../../contract/plans/written-text';
import { isNotFoundError } from '../api/api-error';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { spokenUnitName } from '../features/org/unit-name';
import { PlanActions } from '../features/plans/plan-actions';
import { PlanAnnexes } from '../features/plans/plan-annexes';
import { PlanCascade } from '../features/plans/plan-cascade';
import classes from '../features/plans/plan-document.module.css';
import { PlanDocumentFooter } from '../features/plans/plan-document-footer';
import { PlanDocumentHeader } from '../features/plans/plan-document-header';
import { PlanDownloads } from '../features/plans/plan-downloads';
import { PlanFunding } from '../features/plans/plan-funding';
import { PlanLegalBases } from '../features/plans/plan-legal-bases';
import { PlanObjectives } from '../features/plans/plan-objectives';
import { planQuery } from '../features/plans/plan-queries';
import { PlanReporting } from '../features/plans/plan-reporting';
import { PlanResponsibilities } from '../features/plans/plan-responsibilities';
import { PlanRichText } from '../features/plans/plan-rich-text';
import { PlanSection } from '../features/plans/plan-section';
import { PlanStatusBadge } from '../features/plans/plan-status-badge';
import { PlanTasks } from '../features/plans/plan-tasks';
import { usePlanMessages } from '../features/plans/use-plan-messages';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-provider';
import { NotFoundPage } from './not-found-page';

export function PlanPage() {
  const { t } = useI18n();
  const plans = usePlanMessages();
  const { id = '' } = useParams();
  const plan = useQuery(planQuery(id));
  const labels = plans.page;

  if (plan.isPending) return <Text role="status">{t.app.loading}</Text>;
  if (plan.isError) {
    return isNotFoundError(plan.error) ? <NotFoundPage /> : <ErrorAlert error={plan.error} />;
  }
  const { data } = plan;
  const linked = [
    data.implements && { label: labels.implements, ref: data.implements },
    data.amends && { label: labels.amends, ref: data.amends },
  ].filter((link) => link !== null);
  const written = writtenInSections(data.sections);

  return (
    <Page
      title={labels.heading(
        data.typeName,
        data.number,
        data.status === 'draft' || data.status === 'in_review',
      )}
      documentTitle={data.title}
    >
      <Paper withBorder p={{ base: 'md', xs: 'lg' }} component="section" aria-label={labels.summary}>
        <Stack gap="sm">
          <Group gap="sm">
            <PlanStatusBadge status={data.status} />
            <Text size="sm">{spokenUnitName(data.issuer.name)}</Text>
          </Group>
          {linked.map(({ label, ref }) => (
            <Text key={label} size="sm">
              {label}:{' '}
              <Anchor component={Link} to={`/ke-hoach/${ref.id}`} inherit>
                {[ref.number, ref.title].filter(Boolean).join(' – ')}
              </Anchor>
            </Text>
          ))}
          <Text size="sm" c="dimmed">
            {[
              data.author && `${labels.author}: ${data.author}`,
              `${labels.updatedAt}: ${formatDate(new Date(data.updatedAt))}`,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
          <PlanDownloads planId={data.id} />
          <PlanActions plan={data} />
        </Stack>
      </Paper>
      {data.abilities.followCascade && <PlanCascade planId={data.id} />}
      <Paper withBorder p={{ base: 'md', xs: 'xl' }} component="article" aria-label={data.title}>
        <Stack gap="xl" className={classes.document} mx="auto">
          <PlanDocumentHeader plan={data} />
          <PlanLegalBases bases={data.legalBases.filter((basis) => !written(basis.text))} />
          {data.sections.map((section, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: sections have no id; their order identifies them
            <PlanSection key={index} title={section.heading}>
              <PlanRichText html={section.html} />
            </PlanSection>
          ))}
          <PlanObjectives plan={data} />
          <PlanTasks tasks={data.tasks} />
          <PlanResponsibilities
            responsibilities={data.responsibilities.filter(({ html }) => !written(html))}
          />
          <PlanFunding funding={data.funding} />
          <PlanReporting rules={data.reporting.filter((rule) => !written(rule.what))} />
          <PlanAnnexes annexes={data.annexes} />
          <PlanDocumentFooter plan={data} />
        </Stack>
      </Paper>
    </Page>
  );
}
