import type PDFDocument from 'pdfkit';
import { A4_MM, MARGINS_MM, POINTS_PER_MM } from '../page-layout.js';

export type PdfDocument = InstanceType<typeof PDFDocument>;

export type Orientation = 'portrait' | 'landscape';

/** The writing area of the current page, in points from the top-left corner, and how far it is filled. */
export interface Flow {
  doc: PdfDocument;
  orientation: Orientation;
  left: number;
  width: number;
  top: number;
  bottom: number;
  y: number;
}

export function startPage(flow: Flow, orientation: Orientation = flow.orientation): void {
  const [width, height] =
    orientation === 'portrait' ? [A4_MM.width, A4_MM.height] : [A4_MM.height, A4_MM.width];
  flow.doc.addPage({ size: [width * POINTS_PER_MM, height * POINTS_PER_MM], margin: 0 });
  flow.orientation = orientation;
  flow.left = MARGINS_MM.left * POINTS_PER_MM;
  flow.width = (width - MARGINS_MM.left - MARGINS_MM.right) * POINTS_PER_MM;
  flow.top = MARGINS_MM.top * POINTS_PER_MM;
  flow.bottom = (height - MARGINS_MM.bottom) * POINTS_PER_MM;
  flow.y = flow.top;
}

export function createFlow(doc: PdfDocument): Flow {
  const flow: Flow = { doc, orientation: 'portrait', left: 0, width: 0, top: 0, bottom: 0, y: 0 };
  startPage(flow);
  return flow;
}

/** Starts a new page unless `height` still fits below the current position. */
export function makeRoom(flow: Flow, height: number): void {
  if (flow.y + height > flow.bottom && flow.y > flow.top) startPage(flow);
}
