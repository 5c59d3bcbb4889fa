import { useState } from 'react';
import type { ImportRejection } from '../../../contract/spreadsheet';
import { useCurrentSession } from '../auth/session';
import { type UploadResult, uploadFile } from './upload-file';

type Step = 'choose' | 'checking' | 'checked' | 'applying' | 'applied';

/**
 * The flow of an import page: choose a file, check it (a dry run), then apply it once nothing is
 * rejected. Uploads show their progress; a new file starts over.
 */
export function useSpreadsheetImport<Report extends { rejected: ImportRejection[] }, Applied>(
  url: string,
  readApplied: (result: UploadResult) => Promise<Applied>,
) {
  const { csrfToken } = useCurrentSession();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>('choose');
  const [progress, setProgress] = useState(0);
  const [report, setReport] = useState<Report | null>(null);
  const [applied, setApplied] = useState<Applied | null>(null);
  const [error, setError] = useState<unknown>(null);

  const send = async (mode: 'dry-run' | 'apply') => {
    if (!file) return null;
    setError(null);
    setProgress(0);
    try {
      return await uploadFile(`${url}?mode=${mode}`, file, { csrfToken, onProgress: setProgress });
    } catch (failure) {
      setError(failure);
      return null;
    }
  };

  return {
    file,
    step,
    progress,
    report,
    applied,
    error,
    choose(chosen: File | null) {
      setFile(chosen);
      setReport(null);
      setApplied(null);
      setError(null);
      setStep('choose');
    },
    async check() {
      setStep('checking');
      const result = await send('dry-run');
      if (result) setReport(JSON.parse(await result.body.text()) as Report);
      setStep(result ? 'checked' : 'choose');
    },
    async apply() {
      setStep('applying');
      const result = await send('apply');
      if (result) setApplied(await readApplied(result));
      setStep(result ? 'applied' : 'checked');
    },
  };
}
