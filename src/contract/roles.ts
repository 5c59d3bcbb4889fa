/** Roles are granted at a unit and apply to its whole subtree. */
export const roles = ['system_admin', 'unit_admin', 'leader', 'specialist', 'reporter', 'viewer'] as const;
export type Role = (typeof roles)[number];

export const permissions = [
  'org.read',
  'org.manage',
  'account.read',
  'account.manage',
  'audit.read',
  'mail.read',
  'plan.read',
  'plan.author',
  'plan.issue',
  'report.fill',
  'report.submit',
  'report.review',
  'report.approve',
] as const;
export type Permission = (typeof permissions)[number];

/**
 * What each role may do within its subtree. A leader signs and approves, and as head of its unit signs
 * off the unit's own report too; a specialist authors plans
 * and forms and reviews reports; a reporter fills its own unit's reports; a viewer only reads. A unit
 * administrator manages the accounts and, with `org.manage`, the units below its unit (school lists).
 */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  system_admin: permissions,
  unit_admin: ['org.read', 'org.manage', 'account.read', 'account.manage'],
  leader: [
    'org.read',
    'account.read',
    'plan.read',
    'plan.author',
    'plan.issue',
    'report.fill',
    'report.submit',
    'report.review',
    'report.approve',
  ],
  specialist: ['org.read', 'account.read', 'plan.read', 'plan.author', 'report.review'],
  reporter: ['org.read', 'plan.read', 'report.fill', 'report.submit'],
  viewer: ['org.read', 'plan.read'],
};

/** Order in which a person's roles are offered, most capable first. */
export const roleRank: Record<Role, number> = Object.fromEntries(
  roles.map((role, index) => [role, index]),
) as Record<Role, number>;
