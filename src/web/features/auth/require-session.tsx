import { Button } from '@mantine/core';
import { lazy, type ReactNode, Suspense } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { FullPageLoader } from '../../components/full-page-loader';
import { Page } from '../../components/page';
import { PublicLayout } from '../../components/public-layout';
import { useI18n } from '../../i18n/i18n-provider';
import { signInPathReturningTo } from './return-path';
import { useSession } from './session';
import { sessionHasExpired, useAskingToSignInAgain } from './session-expiry';

// Loaded only when a session ends over unsaved changes, so the sign-in page does not carry it.
const SignInAgainDialog = lazy(() =>
  import('./sign-in-again-dialog').then((m) => ({ default: m.SignInAgainDialog })),
);

const CHANGE_PASSWORD_PATH = '/change-password';

/**
 * Renders its children for a signed-in user; sends anyone else to sign in and back here afterwards,
 * and someone still on a temporary password to choose their own (the server allows nothing else).
 * A session that ends over unsaved changes is renewed in place (see `handleEndedSession`).
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const session = useSession();
  const location = useLocation();
  const askingToSignInAgain = useAskingToSignInAgain();

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
  return (
    <>
      {children}
      {askingToSignInAgain && (
        <Suspense>
          <SignInAgainDialog session={session.data} />
        </Suspense>
      )}
    </>
  );
}
