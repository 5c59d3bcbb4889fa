import type { RoleGrant } from '../../../contract/auth';
import type { Messages } from '../../i18n/vi';
import { spokenUnitName } from '../org/unit-name';

/** "Chuyên viên · Sở GD&ĐT Hà Nội": the role and where it is held. */
export const roleLabel = (grant: Pick<RoleGrant, 'role' | 'unit'>, t: Messages): string =>
  `${t.roles[grant.role]} · ${spokenUnitName(grant.unit.name)}`;
