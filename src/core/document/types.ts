/**
 * The whole disclosure document as pure data, before any file format: cover, 目录, the five parts, the nine tables
 * as printed. `src/io/docx.ts` renders it to Word; tests read it directly. Nothing here carries an internal key:
 * every text is what the reader sees.
 */

/** A piece of text; `gap` marks a visible placeholder (highlighted when rendered). */
export interface Inline {
  readonly text: string;
  readonly gap?: boolean;
}

/** One printed table cell. Spans are in grid columns/rows; a cell covered by a span is simply not listed. */
export interface PrintedCell {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  readonly align?: 'left' | 'center' | 'right';
  readonly bold?: boolean;
  /** Indent steps of a 科目 name (款 1, 项 2). */
  readonly indent?: number;
  /** A visible gap (an unreadable cell): highlighted when rendered. */
  readonly gap?: boolean;
}

export interface PrintedTable {
  /** "公开01表" — the table's place in 第二部分. */
  readonly tag: string;
  readonly title: string;
  /** "金额单位：万元". */
  readonly unitLine: string;
  /** Relative column widths (they are scaled to the text width). */
  readonly widths: readonly number[];
  /** Header rows, repeated on every page. */
  readonly header: readonly (readonly PrintedCell[])[];
  readonly body: readonly (readonly PrintedCell[])[];
  /** Notes printed under the table (the template's "注：本表反映…", the empty-table statement). */
  readonly notes: readonly Inline[][];
  /** Wide tables are printed on a landscape page. */
  readonly landscape: boolean;
}

export type DocBlock =
  /** The cover title, line by line. */
  | { readonly kind: 'title'; readonly lines: readonly (readonly Inline[])[] }
  | { readonly kind: 'toc'; readonly title: string }
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly Inline[]; readonly indent: boolean }
  | { readonly kind: 'table'; readonly table: PrintedTable };

/** A run of blocks printed on pages of one orientation; a new section starts on a new page. */
export interface DocSection {
  readonly landscape: boolean;
  /** Page numbers in the footer ("— 1 —"); the cover and 目录 have none. */
  readonly pageNumbers: boolean;
  readonly blocks: readonly DocBlock[];
}

export interface DisclosureDocument {
  /** Plain title (document properties). */
  readonly title: string;
  readonly sections: readonly DocSection[];
}

export const plain = (text: string): Inline => ({ text });
export const gap = (text: string): Inline => ({ text, gap: true });

/** Text of a block as a reader sees it (tables: every cell, row by row). */
export function blockText(b: DocBlock): string[] {
  switch (b.kind) {
    case 'title':
      return b.lines.map((l) => l.map((r) => r.text).join(''));
    case 'heading':
      return [b.text];
    case 'toc':
      return [b.title];
    case 'paragraph':
      return [b.runs.map((r) => r.text).join('')];
    case 'table':
      return [
        b.table.tag,
        b.table.title,
        b.table.unitLine,
        ...[...b.table.header, ...b.table.body].map((r) => r.map((c) => c.text).join(' | ')),
        ...b.table.notes.map((n) => n.map((r) => r.text).join('')),
      ];
  }
}
