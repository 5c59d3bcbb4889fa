import type { Plan } from '../../../contract/plans/plan.js';
import { writtenInSections } from '../../../contract/plans/written-text.js';
import { htmlToBlocks } from '../documents/html-to-blocks.js';
import { issuerUnderAuthority, printedUpper as upper } from '../documents/issuer-line.js';
import type { Block, OfficialDocument, Table } from '../documents/official-document.js';
import { isEditable } from './policy.js';

const timingText = (timing: Plan['tasks'][number]['timing']): string => {
  if (!timing) return '';
  switch (timing.kind) {
    case 'yearly':
      return 'Hằng năm';
    case 'ongoing':
      return 'Thường xuyên';
    case 'phrase':
      return timing.text;
    case 'dates':
      return [timing.startOn, timing.endOn]
        .filter((date): date is string => date !== null)
        .map((date) => date.split('-').reverse().join('/'))
        .join(' – ');
  }
};

function taskTable(plan: Plan): Table {
  return {
    kind: 'table',
    header: ['TT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian', 'Sản phẩm'],
    rows: plan.tasks.map((task, index) => [
      task.numbering ?? String(index + 1),
      task.content,
      task.lead.name,
      task.cooperating.map((party) => party.name).join('; '),
      timingText(task.timing),
      task.expectedOutput ?? '',
    ]),
    widths: [6, 34, 16, 18, 12, 14],
    wide: true,
  };
}

const issuedOnText = (plan: Plan) =>
  plan.issuedOn ? ` ngày ${plan.issuedOn.split('-').reverse().join('/')}` : '';

/**
 * A plan as an official document: its legal bases (those its text does not already say) and narrative
 * sections make the body (the text the author wrote or imported, headings and all), its task list and
 * annex tables follow as annexes.
 */
export function planDocument(plan: Plan): OfficialDocument {
  const written = writtenInSections(plan.sections);
  const legalBases: Block[] = plan.legalBases
    .filter((basis) => !written(basis.text))
    .map((basis) => ({ kind: 'paragraph', runs: [{ text: basis.text }] }));
  const sections: Block[] = plan.sections.flatMap((section) => [
    ...(section.heading
      ? [{ kind: 'heading' as const, level: 1 as const, runs: [{ text: section.heading }] }]
      : []),
    ...htmlToBlocks(section.html),
  ]);
  const reference = `(Kèm theo ${plan.typeName.toLowerCase()}${plan.number ? ` số ${plan.number}` : ''}${issuedOnText(plan)} của ${plan.issuer.name})`;
  const annexes = [
    ...(plan.tasks.length > 0
      ? [{ title: 'PHỤ LỤC', subtitle: 'DANH MỤC NHIỆM VỤ', note: reference, body: [taskTable(plan)] }]
      : []),
    ...plan.annexes.map((annex, index) => ({
      title: `PHỤ LỤC ${plan.tasks.length > 0 ? index + 2 : index + 1}`,
      subtitle: upper(annex.title),
      note: reference,
      body: [
        {
          kind: 'table' as const,
          header: annex.columns,
          rows: annex.rows,
          wide: annex.columns.length > 6,
        },
      ],
    })),
  ];
  return {
    authority: plan.authorityLine ? [upper(plan.authorityLine)] : [],
    issuer: issuerUnderAuthority(upper(plan.issuer.name), plan.authorityLine && upper(plan.authorityLine)),
    number: plan.numberValue === null ? null : String(plan.numberValue),
    symbol: plan.symbol ?? 'KH',
    place: plan.place ?? '',
    date: plan.issuedOn,
    draft: isEditable(plan.status),
    typeName: upper(plan.typeName),
    subject: plan.title,
    body: [...legalBases, ...sections],
    recipients: [
      ...plan.recipients.map((recipient) => recipient.text),
      ...(plan.archiveNote ? [`Lưu: ${plan.archiveNote}.`] : []),
    ],
    signer: {
      ...(plan.signer.authorityLines.length > 0
        ? {
            authorityPrefix: plan.signer.authorityLines
              .map((line) => (line.prefix ? `${line.prefix} ${line.text}` : line.text))
              .join('\n'),
          }
        : {}),
      title: plan.signer.title ?? '',
      name: plan.signer.name ?? '',
      signed: plan.status !== 'draft' && plan.status !== 'in_review',
    },
    annexes,
  };
}
