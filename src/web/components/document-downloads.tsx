import { DownloadButtons } from './download-buttons';

interface DocumentDownloadsProps {
  /** The document's address without the format, e.g. `/api/plans/…/document`. */
  path: string;
  labels: { downloadDocx: string; downloadPdf: string };
}

/** An official document to download: DOCX to edit further, PDF to print. */
export function DocumentDownloads({ path, labels }: DocumentDownloadsProps) {
  return (
    <DownloadButtons
      links={[
        { href: `${path}?format=docx`, label: labels.downloadDocx },
        { href: `${path}?format=pdf`, label: labels.downloadPdf },
      ]}
    />
  );
}
