/**
 * An administrative document (văn bản hành chính) as Nghị định 30/2020/NĐ-CP lays it out, independent of
 * the output format. Plans and reports build one; the DOCX and PDF renderers draw it.
 */
export interface OfficialDocument {
  /** Lines above the issuer, upper case as printed ("UBND TỈNH QUẢNG NGÃI"); empty when the issuer has none. */
  authority: string[];
  /** The issuer, upper case as printed; a "\n" splits a long name over two lines. */
  issuer: string;
  /** "316" in "Số: 316/KH-SGDĐT"; null while the document is a draft and has no number yet. */
  number: string | null;
  /** "KH-SGDĐT": the type abbreviation and the issuer's abbreviation. */
  symbol: string;
  /** "Quảng Ngãi", the place name printed before the date. */
  place: string;
  /** ISO date (yyyy-mm-dd) of issue; null on a draft, which leaves day, month and year blank for the signer. */
  date: string | null;
  /** Not issued (a plan) or submitted (a report) yet: its file is named a draft. */
  draft: boolean;
  /** "KẾ HOẠCH", "BÁO CÁO". */
  typeName: string;
  /** The subject (trích yếu), printed centred and bold below the type name. */
  subject: string;
  body: Block[];
  /** The "Nơi nhận:" list, one recipient a line, ending with the archive line ("Lưu: VT, VP."). */
  recipients: string[];
  signer: Signer;
  /** Printed after the signer, each on new pages. */
  annexes: Annex[];
}

export interface Signer {
  /** "KT. GIÁM ĐỐC", "TM. ỦY BAN NHÂN DÂN"; absent when the head signs in their own name. */
  authorityPrefix?: string;
  /** "PHÓ GIÁM ĐỐC". */
  title: string;
  name: string;
  /** Prints "(Đã ký)" in the signature space, for copies of documents signed on paper. */
  signed?: boolean;
}

export interface Annex {
  /** "PHỤ LỤC", "PHỤ LỤC I". */
  title: string;
  /** What the annex is, printed bold below the title. */
  subtitle?: string;
  /** "(Kèm theo Kế hoạch số 316/KH-SGDĐT ngày 23/3/2021 của Sở Giáo dục và Đào tạo)", printed italic. */
  note?: string;
  body: Block[];
}

export interface Run {
  /** "\n" is a line break inside the paragraph. */
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

/** Headings keep their numbering ("I.", "1.", "a)") as text: documents number by hand, often irregularly. */
export interface Heading {
  kind: 'heading';
  /** 1 for "I. CĂN CỨ", 2 for "1. …", 3 for "a) …", 4 below that. */
  level: 1 | 2 | 3 | 4;
  runs: Run[];
}

export interface Paragraph {
  kind: 'paragraph';
  runs: Run[];
  /** Justified with a first-line indent unless said otherwise. */
  align?: Align;
}

export interface List {
  kind: 'list';
  /** dash: "- item", plus: "+ item" (the usual second level), decimal: "1. item". */
  marker: 'dash' | 'plus' | 'decimal';
  /** The first number of a decimal list that goes on after a nested one. */
  start?: number;
  items: Run[][];
}

/** A cell is plain text or formatted runs. */
export type TableCell = string | Run[];

export interface Table {
  kind: 'table';
  /** Printed centred and bold above the table. */
  title?: string;
  header: TableCell[];
  rows: TableCell[][];
  /** Relative column widths; equal when absent. */
  widths?: number[];
  /** Alignment per column; left when absent. Header cells are always centred. */
  align?: ('left' | 'center' | 'right')[];
  /** Too many columns for a portrait page: printed on landscape pages. */
  wide?: boolean;
}

export interface PageBreak {
  kind: 'pageBreak';
}

export type Block = Heading | Paragraph | List | Table | PageBreak;
