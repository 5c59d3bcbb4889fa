import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useRef, useState } from 'react';
import type { Report } from '../../../contract/reporting/reports';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { ReasonDialog } from './reason-dialog';
import type { HandedOver } from './report-draft';
import { type ReportAction, useReportAction } from './use-report-action';
import { useReportingMessages } from './use-reporting-messages';

interface ReportActionsProps {
  report: Report;
  /** Takes what is typed for the submission to save with it; null when something cannot be submitted yet. */
  prepareSubmission: () => Promise<HandedOver | null>;
}

/** The steps the server says this person may take now: submit, approve, return, withdraw approval. */
export function ReportActions({ report, prepareSubmission }: ReportActionsProps) {
  const labels = useReportingMessages().actions;
  const action = useReportAction(report.id);
  const [asking, setAsking] = useState<ReportAction | null>(null);
  // The confirmation keeps its words while it fades out after the step, instead of falling back to "submit".
  const confirming = useRef<'submit' | 'approve'>('submit');
  if (asking === 'submit' || asking === 'approve') confirming.current = asking;
  const [blocked, setBlocked] = useState(false);
  const [preparing, setPreparing] = useState(false);
  const [unanswered, setUnanswered] = useState(0);
  // Changes typed and not saved yet travel with the submission; they go back to autosave if it does not happen.
  const handedOver = useRef<HandedOver | null>(null);
  const giveBack = (error?: unknown) => {
    handedOver.current?.giveBack(error);
    handedOver.current = null;
  };
  const { abilities } = report;
  // Once a step is sent, its dialog stays until the answer: closing it could not take the step back.
  const close = () => {
    if (action.isPending) return;
    giveBack();
    setAsking(null);
  };
  const prepareToSubmit = async () => {
    if (preparing || handedOver.current) return;
    setPreparing(true);
    handedOver.current = await prepareSubmission();
    setPreparing(false);
    setBlocked(!handedOver.current);
    if (!handedOver.current) return;
    setUnanswered(handedOver.current.unanswered);
    setAsking('submit');
  };
  const run = (step: ReportAction, reason?: string) =>
    action.mutate(
      {
        action: step,
        ...(reason === undefined ? {} : { reason }),
        ...(step === 'submit' && { changes: handedOver.current?.changes }),
      },
      {
        onSuccess: () => {
          handedOver.current = null;
          setAsking(null);
        },
        // A failed submission gives its changes back to autosave and is started again from the button.
        ...(step === 'submit' && {
          onError: (error: unknown) => {
            giveBack(error);
            setAsking(null);
          },
        }),
      },
    );
  const loading = (step: ReportAction) => action.isPending && action.variables.action === step;

  const anyStep = abilities.submit || abilities.approve || abilities.return || abilities.unapprove;
  // After the last step this person could take, the confirmation stays while the buttons go.
  if (!anyStep && !action.isSuccess) return null;
  return (
    <Stack gap="sm">
      {action.isSuccess && (
        <Alert color="green" variant="light" role="status">
          {labels.done[action.variables.action]}
        </Alert>
      )}
      {blocked && (
        <Alert color="red" variant="light" role="alert">
          {labels.fixBeforeSubmit}
        </Alert>
      )}
      {action.isError && <ErrorAlert error={action.error} />}
      <Group gap="sm">
        {abilities.submit && (
          <Button onClick={prepareToSubmit} loading={preparing || loading('submit')}>
            {labels.submit}
          </Button>
        )}
        {abilities.approve && (
          <Button color="green.9" onClick={() => setAsking('approve')} loading={loading('approve')}>
            {labels.approve}
          </Button>
        )}
        {abilities.return && (
          <Button variant="outline" color="red.9" onClick={() => setAsking('return')}>
            {labels.return}
          </Button>
        )}
        {abilities.unapprove && (
          <Button variant="default" onClick={() => setAsking('unapprove')}>
            {labels.unapprove}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={asking === 'submit' || asking === 'approve'}
        title={labels[confirming.current]}
        confirmLabel={labels[confirming.current]}
        loading={action.isPending}
        onConfirm={() => asking && run(asking)}
        onClose={close}
      >
        {confirming.current === 'approve' ? (
          labels.approveConfirm
        ) : (
          <>
            {unanswered > 0 && (
              <Alert color="yellow" variant="light">
                {labels.unansweredWarning(unanswered)}
              </Alert>
            )}
            <Text>{labels.submitConfirm}</Text>
          </>
        )}
      </ConfirmDialog>
      <ReasonDialog
        key={asking ?? 'closed'}
        opened={asking === 'return' || asking === 'unapprove'}
        title={asking === 'unapprove' ? labels.unapproveTitle : labels.returnTitle}
        confirmLabel={asking === 'unapprove' ? labels.unapprove : labels.return}
        loading={action.isPending}
        onConfirm={(reason) => asking && run(asking, reason)}
        onClose={close}
      />
    </Stack>
  );
}
