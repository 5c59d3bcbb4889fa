import { DocumentDownloads } from '../../components/document-downloads';
import { usePlanMessages } from './use-plan-messages';

/** The plan as an official document: DOCX to edit further, PDF to print. */
export function PlanDownloads({ planId }: { planId: string }) {
  const plans = usePlanMessages();
  return <DocumentDownloads path={`/api/plans/${planId}/document`} labels={plans.page} />;
}
