import { useState } from 'react';
import type { ImportMode } from '../../../contract/spreadsheet';
import { apiPath } from '../../api/api-path';
import { useCurrentSession } from '../auth/session';
import { type UploadResult, uploadFile } from './upload-file';

type Step = 'choose' | 'checking' | 'checked' | 'applying' | 'applied';

/**
 * The flow of an import page: choose a file, check it (a dry run), then apply it once nothing is
 * rejected. Uploads show their progress; a new file starts over.
 */
export function useSpreadsheetImport<Report, Applied>(
  url: string,
  readApplied: (result: UploadResult) => Promise<Applied>,
  /** More query parameters, read when the file is sent (e.g. the version of the record it fills). */
  extraQuery: () => Record<string, string | number | undefined> = () => ({}),
) {
  const { csrfToken } = useCurrentSession();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>('choose');
  const [progress, setProgress] = useState(0);
  const [report, setReport] = useState<Report | null>(null);
  const [applied, setApplied] = useState<Applied | null>(null);
  const [error, setError] = useState<unknown>(null);

  const send = async (mode: ImportMode): Promise<{ result: UploadResult | null; failure: unknown }> => {
    if (!file) return { result: null, failure: null };
    setError(null);
    setProgress(0);
    try {
      const result = await uploadFile(apiPath(url, { mode, ...extraQuery() }), file, {
        csrfToken,
        onProgress: setProgress,
      });
      return { result, failure: null };
    } catch (failure) {
      setError(failure);
      return { result: null, failure };
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
      const { result } = await send('dry-run');
      if (result) setReport(JSON.parse(await result.body.text()) as Report);
      setStep(result ? 'checked' : 'choose');
    },
    /** Resolves with why the file was not applied, or null once it is. */
    async apply(): Promise<unknown> {
      setStep('applying');
      const { result, failure } = await send('apply');
      if (result) setApplied(await readApplied(result));
      setStep(result ? 'applied' : 'checked');
      return failure;
    },
  };
}
