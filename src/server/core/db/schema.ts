import type { Generated } from 'kysely';

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

export interface Database {
  accounts: AccountTable;
  sessions: SessionTable;
  sign_in_failures: SignInFailureTable;
  audit_log: AuditLogTable;
}
