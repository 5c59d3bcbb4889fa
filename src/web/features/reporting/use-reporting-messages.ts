import { useI18n } from '../../i18n/i18n-provider';
import { reportingEn } from '../../i18n/reporting-en';
import { type ReportingMessages, reportingVi } from '../../i18n/reporting-vi';

/**
 * The reporting pages' messages, kept out of the main catalogue so that the sign-in page does not
 * carry them: only the lazily loaded reporting and dashboard screens import this.
 */
export function useReportingMessages(): ReportingMessages {
  const { language } = useI18n();
  return language === 'en' ? reportingEn : reportingVi;
}
