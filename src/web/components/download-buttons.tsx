import { Button, Group } from '@mantine/core';
import { type SpreadsheetFormat, spreadsheetFormats } from '../../contract/spreadsheet';
import { useI18n } from '../i18n/i18n-provider';

interface DownloadLink {
  href: string;
  label: string;
}

/** Files to download (a document, a spreadsheet), as buttons side by side. */
export function DownloadButtons({ links }: { links: DownloadLink[] }) {
  return (
    <Group gap="sm">
      {links.map(({ href, label }) => (
        <Button key={href} component="a" href={href} variant="default" download>
          {label}
        </Button>
      ))}
    </Group>
  );
}

/** A table as XLSX and as CSV, from one address that takes `format`. */
export function SpreadsheetDownloads({ href }: { href: (format: SpreadsheetFormat) => string }) {
  const { t } = useI18n();
  return (
    <DownloadButtons
      links={spreadsheetFormats.map((format) => ({ href: href(format), label: t.app.download[format] }))}
    />
  );
}
