import { createContext, type ReactNode, use, useEffect, useMemo, useState } from 'react';
import { catalogues, type Language, readLanguagePreference, saveLanguagePreference } from './language';
import type { Messages } from './vi';

interface I18n {
  language: Language;
  t: Messages;
  setLanguage: (language: Language) => void;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState(readLanguagePreference);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18n>(
    () => ({
      language,
      t: catalogues[language],
      setLanguage: (next) => {
        saveLanguagePreference(next);
        setLanguageState(next);
      },
    }),
    [language],
  );

  return <I18nContext value={value}>{children}</I18nContext>;
}

export function useI18n(): I18n {
  const i18n = use(I18nContext);
  if (!i18n) throw new Error('useI18n must be used inside I18nProvider');
  return i18n;
}
