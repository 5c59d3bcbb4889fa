import { lazy, type ReactNode, Suspense } from 'react';
import { Outlet, type RouteObject } from 'react-router';
import { FullPageLoader } from './components/full-page-loader';
import { PublicLayout } from './components/public-layout';
import { RequirePermission } from './features/auth/require-permission';
import { RequireSession } from './features/auth/require-session';
import { useSession } from './features/auth/session';
import { NotFoundPage } from './routes/not-found-page';
import { SignInPage } from './routes/sign-in-page';

// Signed-in screens load on demand so the sign-in page stays light on a phone.
const AppLayout = lazy(() => import('./components/app-layout').then((m) => ({ default: m.AppLayout })));
const HomePage = lazy(() => import('./routes/home-page').then((m) => ({ default: m.HomePage })));
const ChangePasswordPage = lazy(() =>
  import('./routes/change-password-page').then((m) => ({ default: m.ChangePasswordPage })),
);
const PlanListPage = lazy(() => import('./routes/plan-list-page').then((m) => ({ default: m.PlanListPage })));
const PlanPage = lazy(() => import('./routes/plan-page').then((m) => ({ default: m.PlanPage })));
const PlanNewPage = lazy(() => import('./routes/plan-new-page').then((m) => ({ default: m.PlanNewPage })));
const PlanImportPage = lazy(() =>
  import('./routes/plan-import-page').then((m) => ({ default: m.PlanImportPage })),
);
const PlanEditorPage = lazy(() =>
  import('./routes/plan-editor-page').then((m) => ({ default: m.PlanEditorPage })),
);
const DashboardPage = lazy(() =>
  import('./routes/dashboard-page').then((m) => ({ default: m.DashboardPage })),
);
const OrgPage = lazy(() => import('./routes/org-page').then((m) => ({ default: m.OrgPage })));
const UnitPage = lazy(() => import('./routes/unit-page').then((m) => ({ default: m.UnitPage })));
const MapPage = lazy(() => import('./routes/map-page').then((m) => ({ default: m.MapPage })));
const AccountsPage = lazy(() => import('./routes/accounts-page').then((m) => ({ default: m.AccountsPage })));
const AccountPage = lazy(() => import('./routes/account-page').then((m) => ({ default: m.AccountPage })));
const NewAccountPage = lazy(() =>
  import('./routes/new-account-page').then((m) => ({ default: m.NewAccountPage })),
);
const ReportListPage = lazy(() =>
  import('./routes/report-list-page').then((m) => ({ default: m.ReportListPage })),
);
const ReportPage = lazy(() => import('./routes/report-page').then((m) => ({ default: m.ReportPage })));
const RoundListPage = lazy(() =>
  import('./routes/round-list-page').then((m) => ({ default: m.RoundListPage })),
);
const RoundPage = lazy(() => import('./routes/round-page').then((m) => ({ default: m.RoundPage })));
const RoundNewPage = lazy(() => import('./routes/round-new-page').then((m) => ({ default: m.RoundNewPage })));
const NotificationsPage = lazy(() =>
  import('./routes/notifications-page').then((m) => ({ default: m.NotificationsPage })),
);
const UnitImportPage = lazy(() =>
  import('./features/imports/unit-import-page').then((m) => ({ default: m.UnitImportPage })),
);
const StaffImportPage = lazy(() =>
  import('./features/imports/staff-import-page').then((m) => ({ default: m.StaffImportPage })),
);

function SignedInFrame({ children }: { children: ReactNode }) {
  return (
    <Suspense fallback={<FullPageLoader />}>
      <AppLayout>
        <Suspense>{children}</Suspense>
      </AppLayout>
    </Suspense>
  );
}

/** Unknown addresses keep the user's frame: the app's for a signed-in user, the public one otherwise. */
function NotFoundRoute() {
  const session = useSession();
  if (session.isPending) return <FullPageLoader />;
  const Frame = session.data ? SignedInFrame : PublicLayout;
  return (
    <Frame>
      <NotFoundPage />
    </Frame>
  );
}

export const routes: RouteObject[] = [
  {
    path: '/sign-in',
    element: (
      <PublicLayout>
        <SignInPage />
      </PublicLayout>
    ),
  },
  {
    element: (
      <RequireSession>
        <SignedInFrame>
          <Outlet />
        </SignedInFrame>
      </RequireSession>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'change-password', element: <ChangePasswordPage /> },
      { path: 'thong-bao', element: <NotificationsPage /> },
      {
        path: 'nhap-don-vi',
        element: (
          <RequirePermission permission="org.manage">
            <UnitImportPage />
          </RequirePermission>
        ),
      },
      {
        path: 'nhap-tai-khoan',
        element: (
          <RequirePermission permission="account.manage">
            <StaffImportPage />
          </RequirePermission>
        ),
      },
      { path: 'tong-quan', element: <DashboardPage /> },
      { path: 'ke-hoach', element: <PlanListPage /> },
      { path: 'ke-hoach/moi', element: <PlanNewPage /> },
      {
        path: 'ke-hoach/nhap',
        element: (
          <RequirePermission permission="plan.author">
            <PlanImportPage />
          </RequirePermission>
        ),
      },
      { path: 'ke-hoach/:id', element: <PlanPage /> },
      { path: 'ke-hoach/:id/sua', element: <PlanEditorPage /> },
      { path: 'bao-cao', element: <ReportListPage /> },
      { path: 'bao-cao/:id', element: <ReportPage /> },
      { path: 'dot-bao-cao', element: <RoundListPage /> },
      { path: 'dot-bao-cao/moi', element: <RoundNewPage /> },
      { path: 'dot-bao-cao/:id', element: <RoundPage /> },
      {
        path: 'don-vi',
        element: (
          <RequirePermission permission="org.read">
            <Outlet />
          </RequirePermission>
        ),
        children: [
          { index: true, element: <OrgPage /> },
          { path: ':id', element: <UnitPage /> },
        ],
      },
      {
        path: 'ban-do',
        element: (
          <RequirePermission permission="org.read">
            <MapPage />
          </RequirePermission>
        ),
      },
      {
        path: 'tai-khoan',
        element: (
          <RequirePermission permission="account.read">
            <Outlet />
          </RequirePermission>
        ),
        children: [
          { index: true, element: <AccountsPage /> },
          {
            path: 'moi',
            element: (
              <RequirePermission permission="account.manage">
                <NewAccountPage />
              </RequirePermission>
            ),
          },
          { path: ':id', element: <AccountPage /> },
        ],
      },
    ],
  },
  { path: '*', element: <NotFoundRoute /> },
];
