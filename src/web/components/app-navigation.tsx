import { NavLink } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import type { Permission } from '../../contract/roles';
import { useCurrentSession } from '../features/auth/session';
import { useI18n } from '../i18n/i18n-provider';

interface NavigationItem {
  to: string;
  label: string;
  /** Shown only when the active role has one of these. */
  permission?: Permission | readonly Permission[];
}

/** Those who fill, review or set up reports have a dashboard. */
export const DASHBOARD_PERMISSIONS: Permission[] = ['report.fill', 'report.review', 'plan.author'];

const isCurrent = (pathname: string, to: string) =>
  to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);

export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useI18n();
  const { permissions } = useCurrentSession();
  const { pathname } = useLocation();
  const items: NavigationItem[] = [
    { to: '/', label: t.nav.home },
    { to: '/tong-quan', label: t.nav.dashboard, permission: DASHBOARD_PERMISSIONS },
    { to: '/ke-hoach', label: t.nav.plans, permission: 'plan.read' },
    { to: '/bao-cao', label: t.nav.reports, permission: ['report.fill', 'report.review'] },
    { to: '/dot-bao-cao', label: t.nav.rounds, permission: 'report.review' },
    { to: '/don-vi', label: t.nav.org, permission: 'org.read' },
    { to: '/ban-do', label: t.nav.map, permission: 'org.read' },
    { to: '/tai-khoan', label: t.nav.accounts, permission: 'account.read' },
    { to: '/nhap-don-vi', label: t.nav.importUnits, permission: 'org.manage' },
    { to: '/nhap-tai-khoan', label: t.nav.importStaff, permission: 'account.manage' },
    { to: '/thong-bao', label: t.nav.notifications },
    { to: '/change-password', label: t.nav.changePassword },
  ];
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items
        .filter(({ permission }) => !permission || [permission].flat().some((p) => permissions.includes(p)))
        .map(({ to, label }) => {
          const current = isCurrent(pathname, to);
          return (
            <li key={to}>
              <NavLink
                component={Link}
                to={to}
                label={label}
                active={current}
                aria-current={current ? 'page' : undefined}
                onClick={onNavigate}
                fw={500}
              />
            </li>
          );
        })}
    </ul>
  );
}
