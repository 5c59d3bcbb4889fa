import type { Role } from '../../contract/roles.js';
import type { OrgService } from '../modules/org/service.js';
import type { PeopleService } from '../modules/people/service.js';
import type { CascadeService } from '../modules/plans/cascade-service.js';
import type { PlanService } from '../modules/plans/service.js';
import type { ReportingService } from '../modules/reporting/service.js';
import { seedDemoPlans } from './demo-plans.js';
import { seedDemoReporting } from './demo-reporting.js';
import { DEMO_THCS_HOANG_MAI_CODE, seedDemoUnits } from './demo-units.js';
import { departmentCode, MINISTRY_CODE } from './national-units.js';

/** Phường Hoàng Mai, Hà Nội: its official ward code is its unit code. */
export const PHUONG_HOANG_MAI_CODE = '00331';

export interface DemoAccount {
  username: string;
  displayName: string;
  unitCode: string;
  roles: Role[];
  description: string;
}

export const demoAccounts: DemoAccount[] = [
  {
    username: 'admin',
    displayName: 'Quản trị hệ thống',
    unitCode: MINISTRY_CODE,
    roles: ['system_admin'],
    description: 'system administrator',
  },
  {
    username: 'so.hanoi',
    displayName: 'Nguyễn Thu Hà',
    unitCode: departmentCode('01'),
    roles: ['specialist'],
    description: 'specialist, Sở GD&ĐT Hà Nội',
  },
  {
    username: 'so.thanhhoa',
    displayName: 'Lê Văn Thành',
    unitCode: departmentCode('38'),
    roles: ['specialist'],
    description: 'specialist, Sở GD&ĐT Thanh Hóa',
  },
  {
    username: 'xa.hoangmai',
    displayName: 'Trần Minh Đức',
    unitCode: PHUONG_HOANG_MAI_CODE,
    roles: ['specialist', 'reporter'],
    description: 'education officer, Phường Hoàng Mai (Hà Nội)',
  },
  {
    username: 'truong.hoangmai',
    displayName: 'Phạm Thị Lan',
    unitCode: DEMO_THCS_HOANG_MAI_CODE,
    roles: ['leader', 'reporter'],
    description: 'principal, Trường THCS Hoàng Mai',
  },
];

/**
 * Seeds the demo units, accounts and plans into a database that has no accounts yet (the national list
 * must already be imported); returns the accounts it created.
 */
export async function seedDemo(
  services: {
    org: OrgService;
    people: PeopleService;
    plans: PlanService;
    planCascade: CascadeService;
    reporting: ReportingService;
  },
  password: string,
): Promise<DemoAccount[]> {
  if (await services.people.anyAccountExists()) return [];
  await seedDemoUnits(services.org);
  for (const account of demoAccounts) {
    const unit = await services.people.findUnitByCode(account.unitCode);
    if (!unit) throw new Error(`demo unit ${account.unitCode} is missing`);
    await services.people.createAccount(
      {
        username: account.username,
        displayName: account.displayName,
        // The reserved .example domain: demo mail can never reach a real person.
        email: `${account.username}@mangxanh.example`,
        password,
        unitId: unit.id,
        roles: account.roles.map((role) => ({ role, unitId: unit.id })),
      },
      null,
    );
  }
  const { thanhHoaPlanId } = await seedDemoPlans(services);
  await seedDemoReporting(services, thanhHoaPlanId);
  return demoAccounts;
}
