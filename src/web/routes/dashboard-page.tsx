import { Text } from '@mantine/core';
import { Page } from '../components/page';
import { useCurrentSession } from '../features/auth/session';
import { ReviewerDashboard } from '../features/dashboard/reviewer-dashboard';
import { SchoolDashboard } from '../features/dashboard/school-dashboard';
import { useDashboardMessages } from '../features/dashboard/use-dashboard-messages';
import { spokenUnitName } from '../features/org/unit-name';

/** Tổng quan: a school sees its tasks; a reviewing unit sees how its subtree reports in a round. */
export function DashboardPage() {
  const messages = useDashboardMessages();
  const { user, permissions } = useCurrentSession();
  const unit = user.unit;
  const reviews = permissions.includes('report.review') || permissions.includes('plan.author');
  const body = !unit ? (
    <Text>{messages.notAllowed}</Text>
  ) : unit.kind === 'school' ? (
    <SchoolDashboard />
  ) : reviews ? (
    <ReviewerDashboard unitId={unit.id} />
  ) : (
    <Text>{messages.notAllowed}</Text>
  );
  return (
    <Page title={messages.title}>
      {unit && (
        <Text maw="65ch">
          {(unit.kind === 'school' ? messages.schoolIntro : messages.intro)(spokenUnitName(unit.name))}
        </Text>
      )}
      {body}
    </Page>
  );
}
