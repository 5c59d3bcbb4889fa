import type { Generated } from 'kysely';
import type { OrgUnitKind, Ownership, SchoolLevel } from '../../../contract/org.js';
import type { Role } from '../../../contract/roles.js';

/** Timestamps travel as ISO-8601 UTC strings on both dialects (see database.ts). */
type Timestamp = string;

export interface AccountTable {
  id: Generated<number>;
  public_id: string;
  username: string;
  display_name: string;
  email: string | null;
  password_hash: string;
  password_changed_at: Timestamp;
  disabled_at: Timestamp | null;
  created_at: Timestamp;
  unit_id: number | null;
  /** 1 while the password is a temporary one set by an administrator. */
  must_change_password: Generated<number>;
  version: Generated<number>;
}

export interface RoleGrantTable {
  id: Generated<number>;
  public_id: string;
  account_id: number;
  role: Role;
  unit_id: number;
  granted_at: Timestamp;
  granted_by: number | null;
}

export interface SessionTable {
  id: Generated<number>;
  token_hash: string;
  csrf_token: string;
  account_id: number;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  address: string | null;
  user_agent: string | null;
  active_grant_id: number | null;
}

export interface SignInFailureTable {
  id: Generated<number>;
  username: string;
  address: string;
  at: Timestamp;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_account_id: number | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  request_id: string | null;
  prev_hash: string;
  hash: string;
}

export interface OrgUnitTable {
  id: Generated<number>;
  public_id: string;
  code: string;
  name: string;
  short_name: string;
  kind: OrgUnitKind;
  school_level: SchoolLevel | null;
  ownership: Ownership | null;
  parent_id: number | null;
  /** Ids from the root down to the unit itself, e.g. '/1/35/812/'; a subtree is one range of this column. */
  path: string;
  depth: number;
  /** Name, short name and code folded for search (see modules/org/search-text.ts). */
  search_text: string;
  address: string | null;
  phone: string | null;
  email: string | null;
  valid_from: string;
  valid_to: string | null;
  province_code: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface OrgUnitSuccessorTable {
  predecessor_id: number;
  successor_id: number;
  effective_on: string;
}

export interface Database {
  accounts: AccountTable;
  role_grants: RoleGrantTable;
  sessions: SessionTable;
  sign_in_failures: SignInFailureTable;
  audit_log: AuditLogTable;
  org_units: OrgUnitTable;
  org_unit_successors: OrgUnitSuccessorTable;
}
