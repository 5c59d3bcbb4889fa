import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { FullPageLoader } from '../../components/full-page-loader';
import { Page } from '../../components/page';
import { PublicLayout } from '../../components/public-layout';
import { useI18n } from '../../i18n/i18n-provider';
import { signInPathReturningTo } from './return-path';
import { useSession } from './session';
import { sessionHasExpired } from './session-expiry';

const CHANGE_PASSWORD_PATH = '/change-password';

/**
 * Renders its children for a signed-in user; sends anyone else to sign in and back here afterwards,
 * and someone still on a temporary password to choose their own (the server allows nothing else).
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <FullPageLoader />;
  if (session.isError) {
    return (
      <PublicLayout>
        <Page title={t.errors.sessionUnavailableTitle}>
          <ErrorAlert error={session.error} />
          <Button onClick={() => session.refetch()} loading={session.isFetching}>
            {t.errors.retry}
          </Button>
        </Page>
      </PublicLayout>
    );
  }
  if (!session.data) {
    return <Navigate to={signInPathReturningTo(location, { expired: sessionHasExpired() })} replace />;
  }
  if (session.data.user.mustChangePassword && location.pathname !== CHANGE_PASSWORD_PATH) {
    return <Navigate to={CHANGE_PASSWORD_PATH} replace />;
  }
  return children;
}
