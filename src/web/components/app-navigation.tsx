import { NavLink } from '@mantine/core';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n-provider';

export function AppNavigation({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const links = [
    { to: '/', label: t.nav.home },
    { to: '/change-password', label: t.nav.changePassword },
  ];
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {links.map(({ to, label }) => (
        <li key={to}>
          <NavLink
            component={Link}
            to={to}
            label={label}
            active={pathname === to}
            aria-current={pathname === to ? 'page' : undefined}
            onClick={onNavigate}
            fw={500}
          />
        </li>
      ))}
    </ul>
  );
}
