import { useI18n } from '../../i18n/i18n-provider';
import { reportToolsEn } from '../../i18n/report-tools-en';
import { type ReportToolsMessages, reportToolsVi } from '../../i18n/report-tools-vi';

/**
 * The messages of the tools around a report and a round, kept out of the main catalogue so that
 * the sign-in page does not carry them: only the lazily loaded reporting screens import this.
 */
export function useReportToolsMessages(): ReportToolsMessages {
  const { language } = useI18n();
  return language === 'en' ? reportToolsEn : reportToolsVi;
}
