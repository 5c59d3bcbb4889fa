import { Button, Group } from '@mantine/core';

interface DocumentDownloadsProps {
  /** The document's address without the format, e.g. `/api/plans/…/document`. */
  path: string;
  labels: { downloadDocx: string; downloadPdf: string };
}

/** An official document to download: DOCX to edit further, PDF to print. */
export function DocumentDownloads({ path, labels }: DocumentDownloadsProps) {
  return (
    <Group gap="sm">
      {(['docx', 'pdf'] as const).map((format) => (
        <Button key={format} component="a" href={`${path}?format=${format}`} variant="default" download>
          {format === 'docx' ? labels.downloadDocx : labels.downloadPdf}
        </Button>
      ))}
    </Group>
  );
}
