import { Box, Button } from '@mantine/core';
import { useI18n } from '../i18n/i18n-provider';
import { catalogues } from '../i18n/language';

/**
 * Offers the other language, named in that language so a reader of it recognises the button; on a
 * phone by its code, for "Tiếng Việt" would not fit the header beside the brand.
 */
export function LanguageSwitch() {
  const { language, setLanguage } = useI18n();
  const other = language === 'vi' ? 'en' : 'vi';
  return (
    <Button
      variant="subtle"
      size="compact-md"
      lang={other}
      onClick={() => setLanguage(other)}
      aria-label={catalogues[other].languageName}
    >
      <Box component="span" hiddenFrom="xs">
        {other.toUpperCase()}
      </Box>
      <Box component="span" visibleFrom="xs">
        {catalogues[other].languageName}
      </Box>
    </Button>
  );
}
