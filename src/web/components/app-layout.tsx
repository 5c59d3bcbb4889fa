import { AppShell, Burger, Button, Divider, Group, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { Link } from 'react-router';
import { SignInAgainDialog } from '../features/auth/sign-in-again-dialog';
import { useSignOut } from '../features/auth/use-sign-out';
import { useSwitchRole } from '../features/auth/use-switch-role';
import { NotificationsLink } from '../features/notifications/notifications-link';
import { useI18n } from '../i18n/i18n-provider';
import { AppNavigation } from './app-navigation';
import { Brand } from './brand';
import { ErrorAlert } from './error-alert';
import { LanguageSwitch } from './language-switch';
import { RoleSwitch } from './role-switch';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { hasUnsavedChanges } from './unsaved-changes';
import { LeaveWithoutSavingDialog } from './unsaved-changes-guard';

const NAVIGATION_ID = 'app-navigation';

/** The frame for signed-in pages: header with the user, navigation (a drawer on phones) and the content. */
export function AppLayout({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const signOut = useSignOut();
  const switchRole = useSwitchRole();
  const [menuOpen, menu] = useDisclosure(false);
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const [askingToSignOut, setAskingToSignOut] = useState(false);
  const requestSignOut = () => (hasUnsavedChanges() ? setAskingToSignOut(true) : signOut.mutate());

  const signOutButton = (
    <Button variant="default" onClick={requestSignOut} loading={signOut.isPending}>
      {t.nav.signOut}
    </Button>
  );

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !menuOpen } }}
      padding="md"
      bg="gray.0"
    >
      <SkipLink />
      <SignInAgainDialog />
      <LeaveWithoutSavingDialog
        opened={askingToSignOut}
        confirmLabel={t.nav.signOutAnyway}
        onConfirm={() => {
          setAskingToSignOut(false);
          signOut.mutate();
        }}
        onClose={() => setAskingToSignOut(false)}
      />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={menuOpen}
              onClick={menu.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={menuOpen ? t.nav.closeMenu : t.nav.openMenu}
              aria-expanded={menuOpen}
              aria-controls={NAVIGATION_ID}
            />
            <Link to="/" aria-label={`${t.app.name} – ${t.nav.home}`} style={{ textDecoration: 'none' }}>
              <Brand />
            </Link>
          </Group>
          <Group gap={isPhone ? 'xs' : 'md'} wrap="nowrap">
            <Group visibleFrom="sm" wrap="nowrap" maw={300}>
              <RoleSwitch switchRole={switchRole} />
            </Group>
            <NotificationsLink />
            <LanguageSwitch />
            <Group visibleFrom="sm">{signOutButton}</Group>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        id={NAVIGATION_ID}
        aria-label={t.nav.label}
        p="sm"
        // Off-screen on phones while closed: keep its links out of the tab order too.
        inert={isPhone && !menuOpen}
      >
        <Stack gap="md" h="100%">
          <Stack hiddenFrom="sm" gap="md">
            <RoleSwitch switchRole={switchRole} />
            <Divider />
          </Stack>
          <AppNavigation onNavigate={menu.close} />
          <Stack hiddenFrom="sm" mt="auto">
            {signOutButton}
          </Stack>
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Stack gap="md" maw={960}>
          {signOut.isError && <ErrorAlert error={signOut.error} />}
          {switchRole.isError && <ErrorAlert error={switchRole.error} />}
          {children}
        </Stack>
      </AppShell.Main>
    </AppShell>
  );
}
