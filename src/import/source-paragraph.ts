/**
 * The paragraphs an imported document is read into, whatever it was (Word, Markdown, text): the
 * words as marked spans, the paragraph mark's own mark, and what its style or syntax says. The
 * clause structure is built later, once per side, from the words alone.
 */
import type { SourcePosition, TableAlign } from '../model/clause-tree.js';

/** A run of words as the source marks it. */
export interface SourceSpan {
  /** Kept, inserted (tracked insertion or underline) or deleted (tracked deletion or strike-through). */
  readonly type: 'equal' | 'insert' | 'delete';
  readonly text: string;
  /** Bold in the source (a defined term, or a clause number in secdraft's own Markdown). */
  readonly bold?: boolean;
}

/** What a paragraph's style or Markdown syntax says it is, before its words are read. */
export type ParagraphHint =
  | 'heading' // a document heading: "Section G 'Security'", "About this document"
  | 'crossHeading' // the SEC's cross-heading
  | 'instruction' // "Amend Section G3.20 as follows:"
  | 'furniture' // title, subtitle: never legal text
  | 'body' // a style that says ordinary words (Word)
  | 'none'; // nothing says (text)

/** Word's automatic numbering on a paragraph (w:numPr, directly or from its style). */
export interface NumberingRef {
  readonly numId: string;
  readonly level: number;
}

/** One row of a source table: its cells' words as marked spans, and the row's own mark. */
export interface SourceRow {
  /** Inserted or deleted when the row itself was (Word's w:trPr/w:ins, an HTML row's class, a row wholly marked). */
  readonly mark: SourceSpan['type'];
  /** The source says it is a header row (Word's w:tblHeader, HTML's <th> or <thead>, GFM's first row). */
  readonly header: boolean;
  /** Each cell's words, its paragraphs joined by a space. */
  readonly cells: ReadonlyArray<readonly SourceSpan[]>;
}

/** A table of the source, both sides of its redline at once. */
export interface SourceTable {
  readonly rows: readonly SourceRow[];
  /** Each column's alignment, as the source sets its cells' words (Word's w:jc, HTML's text-align, GFM's delimiter row). */
  readonly align: readonly TableAlign[];
}

/** One paragraph of the source, both sides of its redline at once. */
export interface SourceParagraph {
  readonly spans: readonly SourceSpan[];
  /** A table standing here (its spans are then empty). */
  readonly table?: SourceTable;
  /** The number or label a list prints before the words, where the source shows it apart from them (Word's HTML: mso-list). */
  readonly label?: string;
  /** The list level of that label, 0-based (Word's HTML: mso-list's level1 is 0). */
  readonly level?: number;
  /** The paragraph mark: inserted or deleted when the paragraph itself was (Word's w:pPr/w:rPr/w:ins). */
  readonly mark: SourceSpan['type'];
  readonly hint: ParagraphHint;
  /** Left edge of the words (characters of indentation in text, twips in Word); undefined when unknown. */
  readonly indent?: number;
  /** Automatic numbering, for Word. */
  readonly numbering?: NumberingRef;
  /** Word style id, for numbering that comes from a style. */
  readonly style?: string;
  /** Where the paragraph starts: a line in text, the paragraph's ordinal in Word (as line, column 1). */
  readonly position: SourcePosition;
  /** The place in words for messages: "line 12", "paragraph 12". */
  readonly place: string;
}

/** One row of a table as one side reads it. */
export interface SideRow {
  readonly header: boolean;
  /** Each cell's words, white space folded, and whether they are all bold. */
  readonly cells: ReadonlyArray<{ readonly text: string; readonly bold: boolean }>;
}

/** A table as one side reads it: the rows that side has. */
export interface SideTable {
  readonly rows: readonly SideRow[];
  readonly align: readonly TableAlign[];
}

/** A paragraph as one side of the redline reads it: plain words, its number computed. */
export interface SideParagraph {
  /** The words, white space folded; a typed number or label included. */
  readonly text: string;
  /** A table standing here (text is then ''). */
  readonly table?: SideTable;
  /** Bold words that open the paragraph (a defined term, or a number in secdraft's Markdown). */
  readonly bold?: string;
  /** The number Word's automatic numbering prints before the words ("G3.17", "(a)"). */
  readonly number?: string;
  /** The automatic numbering level, 0-based. */
  readonly level?: number;
  readonly hint: ParagraphHint;
  readonly indent?: number;
  /** Automatic numbering and style, from which `number` and `level` are computed for this side. */
  readonly numbering?: NumberingRef;
  readonly style?: string;
  readonly position: SourcePosition;
  readonly place: string;
}

/** Words or objects the reader could not place, and why: reported with their place, never dropped silently. */
export interface UnplacedParagraph {
  readonly position: SourcePosition;
  readonly text: string;
  readonly why: string;
}
