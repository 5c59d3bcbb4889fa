import { Button } from '@mantine/core';
import { useI18n } from '../i18n/i18n-provider';
import { catalogues } from '../i18n/language';

/** Offers the other language, named in that language so a reader of it recognises the button. */
export function LanguageSwitch() {
  const { language, setLanguage } = useI18n();
  const other = language === 'vi' ? 'en' : 'vi';
  return (
    <Button variant="subtle" size="compact-md" lang={other} onClick={() => setLanguage(other)}>
      {catalogues[other].languageName}
    </Button>
  );
}
