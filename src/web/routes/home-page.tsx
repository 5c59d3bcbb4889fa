import { Anchor, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { DASHBOARD_PERMISSIONS } from '../components/app-navigation';
import { DetailsTable } from '../components/details-table';
import { Page } from '../components/page';
import { useCurrentSession } from '../features/auth/session';
import { PlanRequirements } from '../features/plans/plan-requirements';
import { formatDate } from '../i18n/format';
import { useI18n } from '../i18n/i18n-provider';

export function HomePage() {
  const { t } = useI18n();
  const { user, permissions } = useCurrentSession();
  const account = [
    { label: t.home.displayName, value: user.displayName },
    { label: t.home.username, value: user.username },
    { label: t.home.unit, value: user.unit?.name ?? t.home.noUnit },
    { label: t.home.email, value: user.email ?? t.home.noEmail },
  ];

  return (
    <Page title={t.home.greeting(user.displayName)} documentTitle={t.home.documentTitle}>
      <Stack gap="xs">
        <Text c="dimmed">{t.home.today(formatDate(new Date()))}</Text>
        <Text maw="65ch">{t.home.intro}</Text>
      </Stack>
      {DASHBOARD_PERMISSIONS.some((permission) => permissions.includes(permission)) && (
        <Paper component="section" withBorder p={{ base: 'md', xs: 'lg' }} aria-labelledby="dashboard-title">
          <Stack gap="sm">
            <Title order={2} id="dashboard-title">
              {t.home.dashboardTitle}
            </Title>
            <Text>{t.home.dashboardIntro}</Text>
            <Button component={Link} to="/tong-quan" w="fit-content">
              {t.home.dashboardLink}
            </Button>
          </Stack>
        </Paper>
      )}
      {permissions.includes('plan.read') && <PlanRequirements />}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper component="section" withBorder p={{ base: 'md', xs: 'lg' }} aria-labelledby="account-title">
          <Stack gap="md">
            <Title order={2} id="account-title">
              {t.home.accountTitle}
            </Title>
            <DetailsTable details={account} />
            <Text size="sm">{t.home.passwordAdvice}</Text>
            <Button component={Link} to="/change-password" variant="light" w="fit-content">
              {t.home.changePassword}
            </Button>
          </Stack>
        </Paper>
        {permissions.includes('account.manage') && (
          <Paper
            component="section"
            withBorder
            p={{ base: 'md', xs: 'lg' }}
            aria-labelledby="technical-title"
          >
            <Stack gap="md">
              <Title order={2} id="technical-title">
                {t.home.technicalTitle}
              </Title>
              <Text>{t.home.technicalIntro}</Text>
              <Anchor href="/api/docs" fw={600}>
                {t.home.apiDocs}
              </Anchor>
            </Stack>
          </Paper>
        )}
      </SimpleGrid>
    </Page>
  );
}
