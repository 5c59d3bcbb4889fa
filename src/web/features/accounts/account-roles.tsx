import { Button, Group, Select, Stack, Text } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import type { Account } from '../../../contract/accounts';
import type { RoleGrant } from '../../../contract/auth';
import { type Role, roles } from '../../../contract/roles';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { useI18n } from '../../i18n/i18n-provider';
import { roleLabel } from '../auth/role-label';
import { UnitPicker } from '../org/unit-picker';
import type { useAccountMutations } from './use-account-mutations';

interface AccountRolesProps {
  account: Account;
  mutations: Pick<ReturnType<typeof useAccountMutations>, 'grantRole' | 'revokeRole'>;
}

/** The roles an account holds, each held at a unit and over its subtree; granted and revoked here. */
export function AccountRoles({ account, mutations: { grantRole, revokeRole } }: AccountRolesProps) {
  const { t } = useI18n();
  const [role, setRole] = useState<Role | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<RoleGrant | null>(null);
  const canGrant = account.abilities.grantRoles;

  const grant = (event: FormEvent) => {
    event.preventDefault();
    if (role && unitId) grantRole.mutate({ role, unitId }, { onSuccess: () => setRole(null) });
  };

  return (
    <Stack gap="md">
      {account.roles.length === 0 ? (
        <Text c="dimmed">{t.accounts.noRoles}</Text>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {account.roles.map((held) => (
            <li key={held.id}>
              <Group justify="space-between" gap="xs" py={4} wrap="nowrap">
                <Text style={{ flex: 1, minWidth: 0 }}>{roleLabel(held, t)}</Text>
                {canGrant && (
                  <Button
                    variant="subtle"
                    color="red"
                    c="red.9"
                    size="compact-sm"
                    style={{ flexShrink: 0 }}
                    onClick={() => setRevoking(held)}
                    aria-label={t.accounts.revokeNamed(roleLabel(held, t))}
                  >
                    {t.accounts.revoke}
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </ul>
      )}
      {revokeRole.isError && <ErrorAlert error={revokeRole.error} />}
      {canGrant && (
        <form onSubmit={grant} noValidate>
          <Stack gap="sm" maw={480}>
            <Text fw={600}>{t.accounts.grantTitle}</Text>
            {grantRole.isError && <ErrorAlert error={grantRole.error} />}
            <Select
              label={t.accounts.role}
              data={roles.map((value) => ({ value, label: t.roles[value] }))}
              value={role}
              onChange={(value) => setRole(value as Role | null)}
              required
            />
            <UnitPicker
              label={t.accounts.roleUnit}
              description={t.accounts.roleUnitHint}
              value={unitId}
              onChange={setUnitId}
              required
            />
            <Button
              type="submit"
              disabled={!role || !unitId}
              loading={grantRole.isPending}
              w={{ base: '100%', xs: 'auto' }}
            >
              {t.accounts.grant}
            </Button>
          </Stack>
        </form>
      )}
      <ConfirmDialog
        opened={revoking !== null}
        title={t.accounts.revokeTitle}
        confirmLabel={t.accounts.revoke}
        danger
        loading={revokeRole.isPending}
        onClose={() => setRevoking(null)}
        onConfirm={() => revoking && revokeRole.mutate(revoking.id, { onSuccess: () => setRevoking(null) })}
      >
        {revoking ? t.accounts.revokeBody(roleLabel(revoking, t), account.displayName) : ''}
      </ConfirmDialog>
    </Stack>
  );
}
