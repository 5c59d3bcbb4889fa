import { dashboardEn } from '../../i18n/dashboard-en';
import { type DashboardMessages, dashboardVi } from '../../i18n/dashboard-vi';
import { useI18n } from '../../i18n/i18n-provider';

/** The dashboard's messages, loaded only with the dashboard page. */
export function useDashboardMessages(): DashboardMessages {
  const { language } = useI18n();
  return language === 'en' ? dashboardEn : dashboardVi;
}
