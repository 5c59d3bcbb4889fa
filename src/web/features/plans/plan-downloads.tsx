import { DownloadButtons } from '../../components/download-buttons';
import { usePlanMessages } from './use-plan-messages';

/** The plan as an official document: DOCX to edit further, PDF to print. */
export function PlanDownloads({ planId }: { planId: string }) {
  const plans = usePlanMessages();
  return (
    <DownloadButtons
      links={[
        { href: `/api/plans/${planId}/document?format=docx`, label: plans.page.downloadDocx },
        { href: `/api/plans/${planId}/document?format=pdf`, label: plans.page.downloadPdf },
      ]}
    />
  );
}
