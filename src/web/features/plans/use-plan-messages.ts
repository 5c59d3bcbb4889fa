import { useI18n } from '../../i18n/i18n-provider';
import { plansEn } from '../../i18n/plans-en';
import { type PlanMessages, plansVi } from '../../i18n/plans-vi';

/**
 * The plan pages' messages, kept out of the main catalogue so that the sign-in page does not carry them:
 * only the lazily loaded plan screens import this.
 */
export function usePlanMessages(): PlanMessages {
  const { language } = useI18n();
  return language === 'en' ? plansEn : plansVi;
}
