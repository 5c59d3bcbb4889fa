import { CheckIcon, Group, Menu, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { roleLabel } from '../features/auth/role-label';
import { useCurrentSession } from '../features/auth/session';
import { useI18n } from '../i18n/i18n-provider';
import { UserSummary } from './user-summary';

interface RoleSwitchProps {
  switchRole: UseMutationResult<void, Error, string>;
}

/** The signed-in person and their active role; a menu of their other roles when they hold several. */
export function RoleSwitch({ switchRole }: RoleSwitchProps) {
  const { t } = useI18n();
  const session = useCurrentSession();
  if (session.roles.length < 2) return <UserSummary session={session} />;
  const activeRole = session.roles.find((grant) => grant.id === session.activeRoleId);

  return (
    <>
      <VisuallyHidden role="status">
        {switchRole.isSuccess && activeRole ? t.nav.roleSwitched(roleLabel(activeRole, t)) : ''}
      </VisuallyHidden>
      {/* Kept inside the header (a landmark) and without the focus placeholder that role="menu" may not contain. */}
      <Menu position="bottom-end" withinPortal={false} withInitialFocusPlaceholder={false}>
        <Menu.Target>
          <UnstyledButton
            style={{ minWidth: 0, maxWidth: '100%', borderRadius: 'var(--mantine-radius-md)' }}
            p={4}
            disabled={switchRole.isPending}
          >
            <Group gap={6} wrap="nowrap">
              <UserSummary session={session} />
              <span aria-hidden>▾</span>
              <VisuallyHidden>{t.nav.switchRole}</VisuallyHidden>
            </Group>
          </UnstyledButton>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Label>{t.nav.switchRole}</Menu.Label>
          {session.roles.map((grant) => {
            const active = grant.id === activeRole?.id;
            return (
              <Menu.Item
                key={grant.id}
                leftSection={active ? <CheckIcon size={12} /> : <span style={{ width: 12 }} />}
                onClick={() => !active && switchRole.mutate(grant.id)}
              >
                {roleLabel(grant, t)}
                {active && <VisuallyHidden component="span"> {t.nav.currentRole}</VisuallyHidden>}
              </Menu.Item>
            );
          })}
        </Menu.Dropdown>
      </Menu>
    </>
  );
}
