import { ApiError, NetworkError } from '../../api/api-error';

export interface UploadOptions {
  csrfToken: string;
  /** Called with the share of the file sent so far, from 0 to 1. */
  onProgress(fraction: number): void;
}

export interface UploadResult {
  body: Blob;
  headers: (name: string) => string | null;
}

async function problemOf(request: XMLHttpRequest): Promise<ApiError> {
  const response = new Response(request.response as Blob, {
    status: request.status,
    headers: { 'retry-after': request.getResponseHeader('retry-after') ?? '' },
  });
  return ApiError.fromResponse(response);
}

/**
 * Sends a file as the request body. XMLHttpRequest rather than fetch, because only it reports how
 * much of the upload has gone, which a large spreadsheet on a phone network needs to show.
 */
export function uploadFile(url: string, file: File, { csrfToken, onProgress }: UploadOptions) {
  return new Promise<UploadResult>((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', url);
    request.responseType = 'blob';
    // The server tells .xlsx from .csv by the bytes, so the browser's guess at the type does not matter.
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.setRequestHeader('x-csrf-token', csrfToken);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        resolve({ body: request.response as Blob, headers: (name) => request.getResponseHeader(name) });
      } else {
        void problemOf(request).then(reject);
      }
    };
    request.onerror = () => reject(new NetworkError(new Error('upload failed')));
    request.send(file);
  });
}

/** Hands a downloaded file to the browser to save. */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}
