import PDFDocument from 'pdfkit';
import { serifFonts } from '../fonts.js';
import type { OfficialDocument } from '../official-document.js';
import { drawAnnex } from './annex.js';
import { drawBlocks } from './body.js';
import { closingBlockHeight, drawClosingBlock } from './closing-block.js';
import { PDF_FONT } from './draw-line.js';
import { createFlow } from './flow.js';
import { drawHeaderBlock } from './header-block.js';
import { drawPageNumbers } from './page-numbers.js';

function newPdf(doc: OfficialDocument) {
  const pdf = new PDFDocument({
    autoFirstPage: false,
    bufferPages: true,
    // No standard font: pdfkit would load Helvetica's metrics through a package-internal import that does
    // not survive bundling, and every text here sets its own font anyway.
    font: '',
    lang: 'vi-VN',
    displayTitle: true,
    info: { Title: doc.subject, Author: doc.issuer.replace(/\s+/g, ' '), Subject: doc.typeName },
  });
  const fonts = serifFonts();
  for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
    pdf.registerFont(PDF_FONT[face], fonts[face]);
  }
  return pdf;
}

/** The document as a print-ready PDF: A4, Liberation Serif embedded (subset), Nghị định 30/2020 layout. */
export async function renderPdf(doc: OfficialDocument): Promise<Buffer> {
  const pdf = newPdf(doc);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  const flow = createFlow(pdf);
  drawHeaderBlock(flow, doc);
  drawBlocks(flow, doc.body, closingBlockHeight(flow, doc));
  drawClosingBlock(flow, doc);
  for (const annex of doc.annexes) drawAnnex(flow, annex);
  drawPageNumbers(pdf);
  pdf.end();
  return done;
}
