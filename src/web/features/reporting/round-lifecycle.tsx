import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ReportingRound } from '../../../contract/reporting/reports';
import { apiRequest } from '../../api/api-request';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { Section } from '../../components/section';
import { useCurrentSession } from '../auth/session';
import { useReportToolsMessages } from './use-report-tools-messages';

type Step = 'close' | 'repeat';

interface RoundLifecycleProps {
  round: ReportingRound;
  /** Shows the round as the server now has it, and whatever lists it appears in. */
  onChanged: (round: ReportingRound) => void;
}

/** The round among its periods: the rounds before and after it, closing it, opening the next one. */
export function RoundLifecycle({ round, onChanged }: RoundLifecycleProps) {
  const labels = useReportToolsMessages().round;
  const { csrfToken } = useCurrentSession();
  const navigate = useNavigate();
  const [asking, setAsking] = useState<Step | null>(null);
  const step = useMutation({
    mutationFn: (chosen: Step) =>
      apiRequest<ReportingRound>(`/api/reporting-rounds/${round.id}/${chosen}`, {
        method: 'POST',
        csrfToken,
      }),
    onSuccess: (changed, chosen) => {
      setAsking(null);
      onChanged(changed);
      if (chosen === 'repeat') void navigate(`/dot-bao-cao/${changed.id}`);
    },
  });

  const { abilities, previousRoundId, nextRoundId } = round;
  const anything = abilities.close || abilities.repeat || previousRoundId || nextRoundId || round.recurs;
  if (!anything && !step.isSuccess) return null;
  return (
    <Section title={labels.lifecycle}>
      {round.recurs && !nextRoundId && <Text size="sm">{labels.recurs}</Text>}
      {(previousRoundId || nextRoundId) && (
        <Group gap="lg">
          {previousRoundId && (
            <Anchor component={Link} to={`/dot-bao-cao/${previousRoundId}`}>
              {labels.previous}
            </Anchor>
          )}
          {nextRoundId && (
            <Anchor component={Link} to={`/dot-bao-cao/${nextRoundId}`}>
              {labels.next}
            </Anchor>
          )}
        </Group>
      )}
      {step.isSuccess && step.variables === 'close' && (
        <Alert color="green" variant="light" role="status">
          {labels.closed}
        </Alert>
      )}
      {step.isError && <ErrorAlert error={step.error} />}
      {(abilities.close || abilities.repeat) && (
        <Group gap="sm">
          {abilities.repeat && (
            <Button variant="default" onClick={() => setAsking('repeat')}>
              {labels.repeat}
            </Button>
          )}
          {abilities.close && (
            <Button variant="outline" color="red.9" onClick={() => setAsking('close')}>
              {labels.close}
            </Button>
          )}
        </Group>
      )}
      <ConfirmDialog
        opened={asking !== null}
        title={asking === 'repeat' ? labels.repeat : labels.close}
        confirmLabel={asking === 'repeat' ? labels.repeat : labels.close}
        danger={asking === 'close'}
        loading={step.isPending}
        onConfirm={() => asking && step.mutate(asking)}
        onClose={() => setAsking(null)}
      >
        {asking === 'repeat' ? labels.repeatConfirm : labels.closeConfirm}
      </ConfirmDialog>
    </Section>
  );
}
