import type { ReportToolsMessages } from './report-tools-vi';

export const reportToolsEn: ReportToolsMessages = {
  evidence: {
    title: 'Evidence',
    intro: 'Files supporting the report: minutes, photos, documents, spreadsheets…',
    none: 'No evidence attached yet.',
    listLabel: 'Evidence files',
    uploadedBy: (name: string, date: string) => `Uploaded by ${name} on ${date}`,
    uploadedOn: (date: string) => `Uploaded on ${date}`,
    chooseFile: 'Add an evidence file',
    fileHint:
      'PDF, images (PNG, JPEG, WebP) or documents, spreadsheets, presentations (DOCX, XLSX, PPTX, ODT, ODS, ODP); at most 20 MB each.',
    noFile: 'No file chosen',
    clearFile: 'Clear the chosen file',
    upload: 'Upload',
    uploading: (name: string) => `Uploading ${name}…`,
    uploaded: (name: string) => `${name} was added to the evidence.`,
    remove: (name: string) => `Remove the file ${name}`,
    removeTitle: 'Remove an evidence file',
    removeConfirm: (name: string) => `Remove “${name}” from the report’s evidence?`,
    removeAction: 'Remove the file',
    removed: (name: string) => `${name} was removed.`,
    size: (amount: string, unit: 'B' | 'KB' | 'MB') => `${amount} ${unit}`,
  },
  offline: {
    title: 'Work on the report offline',
    intro:
      'Download the template holding the report’s current figures, fill it in on your computer (no network needed), then upload it: every cell is checked before anything is saved. Download the template:',
    chooseFile: 'Filled report file',
    checkTitle: 'File check',
    fieldsFilled: 'Fields with a value',
    fieldsCleared: 'Empty fields (their value is removed)',
    refused: 'Invalid cells',
    allValid:
      'Every cell is valid. Choose “Apply” to save the figures and text of the file in the report; the values it holds now are replaced by those of the file.',
    someRefused: (count: string) =>
      `${count} cells are invalid, so the file cannot be applied yet. Correct the cells below in the file, then choose it again to check it.`,
    refusedCaption: 'Invalid cells and why',
    cell: 'Cell',
    message: 'Reason',
    applied: (filled: string, cleared: string) =>
      `The report was saved from the file: ${filled} fields with a value, ${cleared} left empty. The figures on this page are up to date.`,
    conflict:
      'The report was saved from somewhere else after you opened this page, so the file was not applied, to avoid overwriting that change. The page now shows the latest version: review it, then choose “Apply” again.',
  },
  consolidation: {
    title: 'Consolidate from subordinate reports',
    intro:
      'Pre-fill your unit’s report with the totals of the approved reports of the units below, with what each of them wrote gathered for you to edit.',
    action: 'Consolidate from subordinate reports',
    confirm:
      'The figures of this report will be overwritten with the sum (or overall ratio) of the approved subordinate reports, and the text sections with what those units wrote. Reports not yet approved are left out. A field no unit answered keeps its current value. Consolidate now?',
    confirmAction: 'Consolidate',
    done: (included: string, subordinates: string) =>
      `${included} of ${subordinates} subordinate reports were consolidated. Check the figures and text before submitting.`,
    noneBelow: 'There are no subordinate reports in this round; the report is unchanged.',
    notApproved: (count: string) =>
      `${count} subordinate reports are not approved yet and were left out. You can consolidate again once they are approved.`,
  },
  document: {
    downloadDocx: 'Download the report (DOCX)',
    downloadPdf: 'Download the report (PDF)',
  },
  round: {
    lifecycle: 'Round life cycle',
    previous: 'Round of the previous period',
    next: 'Round of the next period',
    close: 'Close the round',
    closeConfirm:
      'Once closed, units can no longer save, submit or return reports; reports already submitted can still be approved. Close the round?',
    closed: 'The round is closed.',
    repeat: 'Open the next period’s round',
    repeatConfirm:
      'Open the round of the next period now, with the same units, the latest version of the form, and deadlines and target year moved to the next period?',
    recurs: 'The next period’s round opens by itself when that period starts.',
  },
  form: {
    edit: 'Edit the form’s extra questions',
    title: 'Extra questions of the form',
    versionNote: (version: string) =>
      `Saving creates a new version of the form (now version ${version}). Submitted reports and rounds already open keep their version; the new one is used by rounds opened later, including the next period’s.`,
    loading: 'Loading the form…',
    planFields: 'Indicators of the plan (not edited here)',
    typeKept: 'A question already on the form keeps its answer type.',
    save: 'Save a new version',
    saved: (version: string) => `Version ${version} of the form was saved.`,
  },
};
