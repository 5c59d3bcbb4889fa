import type { ReactNode } from 'react';
import type { Permission } from '../../../contract/roles';
import { NoAccessPage } from '../../routes/no-access-page';
import { useCurrentSession } from './session';

/** Renders its children only when the active role allows `permission`; the server checks again. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { permissions } = useCurrentSession();
  return permissions.includes(permission) ? children : <NoAccessPage />;
}
