import type { AuthService } from '../modules/auth/service.js';

export interface DemoAccount {
  username: string;
  displayName: string;
  role: string;
}

export const demoAccounts: DemoAccount[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'system administrator' },
];

/** Seeds the demo data into a database that has no accounts yet; returns the accounts it created. */
export async function seedDemo(auth: AuthService, password: string): Promise<DemoAccount[]> {
  if (await auth.anyAccountExists()) return [];
  for (const account of demoAccounts) {
    await auth.createAccount(
      { username: account.username, displayName: account.displayName, password },
      null,
    );
  }
  return demoAccounts;
}
