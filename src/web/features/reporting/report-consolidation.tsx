import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { OrgUnitKind } from '../../../contract/org';
import type { Consolidation, Report } from '../../../contract/reporting/reports';
import { apiRequest } from '../../api/api-request';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { Section } from '../../components/section';
import { formatNumber } from '../../i18n/format';
import { useCurrentSession } from '../auth/session';
import { useReportToolsMessages } from './use-report-tools-messages';

/** Units that no reporting unit sits under. */
const LEAF_KINDS: ReadonlySet<OrgUnitKind> = new Set(['school', 'partner']);

interface ReportConsolidationProps {
  report: Report;
  /** The version of the report as last read or saved. */
  currentVersion: () => number;
  /** Saves what is typed on the page first, so nothing typed is lost to a stale version. */
  beforeConsolidate: () => Promise<unknown>;
  /** Shows the consolidated report in place of the one on screen. */
  onConsolidated: (report: Report) => void;
}

/**
 * Pre-fills a unit's own report with the totals of its approved subordinate reports, after saying
 * plainly that its figures are overwritten, then tells how many reports were included or left out.
 */
export function ReportConsolidation({
  report,
  currentVersion,
  beforeConsolidate,
  onConsolidated,
}: ReportConsolidationProps) {
  const labels = useReportToolsMessages().consolidation;
  const { csrfToken } = useCurrentSession();
  const [asking, setAsking] = useState(false);
  const consolidate = useMutation({
    mutationFn: async () => {
      await beforeConsolidate();
      return apiRequest<Consolidation>(`/api/reports/${report.id}/consolidate`, {
        method: 'POST',
        body: { version: currentVersion() },
        csrfToken,
      });
    },
    onSuccess: (result) => {
      setAsking(false);
      onConsolidated(result.report);
    },
  });

  if (!report.abilities.edit || LEAF_KINDS.has(report.unit.kind)) return null;
  const summary = consolidate.data?.summary;
  return (
    <Section title={labels.title}>
      <Text size="sm">{labels.intro}</Text>
      <Group>
        <Button variant="default" onClick={() => setAsking(true)} loading={consolidate.isPending}>
          {labels.action}
        </Button>
      </Group>
      {summary && (
        <Stack gap="xs" role="status">
          <Alert color={summary.included > 0 ? 'green' : 'blue'} variant="light">
            {summary.subordinates === 0
              ? labels.noneBelow
              : labels.done(formatNumber(summary.included), formatNumber(summary.subordinates))}
          </Alert>
          {summary.notApproved > 0 && (
            <Alert color="orange" variant="light">
              {labels.notApproved(formatNumber(summary.notApproved))}
            </Alert>
          )}
        </Stack>
      )}
      {consolidate.isError && <ErrorAlert error={consolidate.error} />}
      <ConfirmDialog
        opened={asking}
        title={labels.title}
        confirmLabel={labels.confirmAction}
        loading={consolidate.isPending}
        onConfirm={() => consolidate.mutate()}
        onClose={() => setAsking(false)}
      >
        {labels.confirm}
      </ConfirmDialog>
    </Section>
  );
}
