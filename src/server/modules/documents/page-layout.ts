/** Page, margins and type sizes of Nghị định 30/2020/NĐ-CP, shared by the DOCX and PDF renderers. */

export const POINTS_PER_MM = 72 / 25.4;

/** Word measures in twentieths of a point. */
export const TWIPS_PER_MM = 1440 / 25.4;

export const A4_MM = { width: 210, height: 297 };

export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 };

/** Where the page number sits, measured from the top edge. */
export const PAGE_NUMBER_TOP_MM = 10;

export const FIRST_LINE_INDENT_MM = 12.7;

export const SPACE_AFTER_PT = 6;

/** A multiple of single spacing. */
export const LINE_SPACING = 1.15;

/** Width shares of the two header columns: issuer on the left, the national title on the right. */
export const HEADER_COLUMNS = [0.42, 0.58] as const;

/** Width shares of the closing columns: recipients on the left, the signer on the right. */
export const CLOSING_COLUMNS = [0.5, 0.5] as const;

/** Room left for the handwritten signature and the seal, in lines of the signer's size. */
export const SIGNATURE_LINES = 4;

export const TYPE_SIZES = {
  body: 14,
  authority: 13,
  issuer: 13,
  nationalTitle: 12,
  motto: 13,
  number: 13,
  date: 14,
  typeName: 14,
  subject: 14,
  recipientsLabel: 12,
  recipients: 11,
  signer: 14,
  table: 12,
  pageNumber: 13,
};

export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const RECIPIENTS_LABEL = 'Nơi nhận:';
export const SIGNED_MARK = '(Đã ký)';
