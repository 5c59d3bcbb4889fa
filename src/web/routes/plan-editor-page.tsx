import { Anchor, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isNotFoundError } from '../api/api-error';
import { ErrorAlert } from '../components/error-alert';
import { Page } from '../components/page';
import { PlanEditor } from '../features/plans/editor/plan-editor';
import { planQuery } from '../features/plans/plan-queries';
import { usePlanMessages } from '../features/plans/use-plan-messages';
import { useI18n } from '../i18n/i18n-provider';
import { NotFoundPage } from './not-found-page';

export function PlanEditorPage() {
  const { t } = useI18n();
  const plans = usePlanMessages();
  const { id = '' } = useParams();
  // Saves update the cached plan; refetching it meanwhile would only race the editor's own copy.
  const plan = useQuery({ ...planQuery(id), refetchOnWindowFocus: false });
  const [loads, setLoads] = useState(0);

  // A refetch that fails (offline, or the session ended) keeps the plan's data: the editor and what it
  // holds unsaved stay on screen.
  const { data } = plan;
  if (!data && isNotFoundError(plan.error)) return <NotFoundPage />;
  if (!data) {
    return plan.isError ? <ErrorAlert error={plan.error} /> : <Text role="status">{t.app.loading}</Text>;
  }
  return (
    <Page title={plans.editor.editTitle} documentTitle={`${plans.editor.editTitle}: ${data.title}`}>
      {data.abilities.update ? (
        <PlanEditor key={loads} plan={data} onReload={() => setLoads((count) => count + 1)} />
      ) : (
        <Text>
          {plans.editor.notEditable}{' '}
          <Anchor component={Link} to={`/ke-hoach/${data.id}`}>
            {plans.editor.backToPlan}
          </Anchor>
        </Text>
      )}
    </Page>
  );
}
