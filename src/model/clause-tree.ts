/**
 * The clause tree: the one model of SEC legal text that parse, compare, render, check and store share.
 *
 * code -> version -> section -> cross-heading -> clause -> paragraph -> sub-paragraph.
 * Nodes are plain readonly data with a `type` field, so they serialise to JSON and compare with
 * deep equality. Text is plain Unicode (Markdown escapes decoded, soft line breaks folded to one
 * space), because a word is a word whatever the file's line wrapping was.
 */

/** Where a node starts in its source file. Lines and columns are 1-based, as editors show them. */
export interface SourcePosition {
  /** Path of the file as it was given to the parser (store-relative where the store read it). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
}

/** Fields every node of the clause tree may carry. */
export interface NodeBase {
  /** Where the node starts; absent on nodes built in memory (generated trees, merged versions). */
  readonly position?: SourcePosition;
  /**
   * Whole-line HTML comments written just above the node (`<!-- ... -->`), inner text trimmed.
   * Kept so that `fmt` never drops a drafter's note or a `secdraft-disable-next-line` directive.
   */
  readonly comments?: readonly string[];
}

/** A block inside a clause or a paragraph. */
export type Block = TextBlock | Paragraph | Definition | Table;

/** Unnumbered words inside a clause or paragraph: closing words after a list, or a further paragraph. */
export interface TextBlock extends NodeBase {
  readonly type: 'text';
  /** The words. */
  readonly text: string;
}

/** A labelled paragraph: "(a)" at depth 1, sub-paragraph "(i)" at depth 2, "(A)" at depth 3. */
export interface Paragraph extends NodeBase {
  readonly type: 'paragraph';
  /** The label without its brackets: "a", "ii", "A". */
  readonly label: string;
  /** Nesting depth under the clause, from 1. */
  readonly depth: number;
  /** Stable address, e.g. "G3.18(a)(ii)". */
  readonly address: string;
  /** The words after the label, up to any nested list. */
  readonly text: string;
  /** Sub-paragraphs and the unnumbered words after them. */
  readonly children: readonly Block[];
}

/**
 * A definition list item, `- **Responsible Supplier** means ...` (Section A, or a local list of
 * definitions elsewhere).
 */
export interface Definition extends NodeBase {
  readonly type: 'definition';
  /** The defined term, as written in bold. */
  readonly term: string;
  /** Stable address, e.g. `A1.1 "Responsible Supplier"`. */
  readonly address: string;
  /** The words after the term, from "means" on (leading space included where the source had one). */
  readonly text: string;
  /** Labelled paragraphs of the definition and the words after them. */
  readonly children: readonly Block[];
}

/** How a table column's words are aligned (GFM's `:--`, `--:`, `:-:`); null when the delimiter row says nothing. */
export type TableAlign = 'left' | 'right' | 'center' | null;

/**
 * A table (a GFM pipe table): a schedule, a service list, or Section A's definitions set out as
 * `Term | Meaning`. It stands after a clause's words, inside a paragraph or definition, or under a
 * cross-heading before its first clause. Every row has one cell per column.
 */
export interface Table extends NodeBase {
  readonly type: 'table';
  /** Each column's alignment, one entry per column. */
  readonly align: readonly TableAlign[];
  /** The header row (GFM tables always have one): the column titles. */
  readonly header: TableRow;
  /** The body rows, in order; may be empty. */
  readonly rows: readonly TableRow[];
}

/** One row of a table. */
export interface TableRow extends NodeBase {
  readonly type: 'tableRow';
  /** Its cells, one per column. */
  readonly cells: readonly TableCell[];
}

/** One cell: plain words, like any other text of the clause tree. */
export interface TableCell extends NodeBase {
  readonly type: 'tableCell';
  /** The words (may be empty). */
  readonly text: string;
  /**
   * True when the whole cell is bold: a defined term in the first column of a two-column body row
   * (Section A's layout). Bold is refused anywhere else.
   */
  readonly bold?: true;
}

/** A numbered clause such as G3.17, with its lead-in, paragraphs and closing words. */
export interface Clause extends NodeBase {
  readonly type: 'clause';
  /** The clause number as printed: "G3.17", "G3.17A", "4.1". It is also the clause's address. */
  readonly number: string;
  /** The words after the number, up to the first list (the lead-in); may be empty. */
  readonly text: string;
  /** Paragraphs, definitions and unnumbered words, in order. */
  readonly children: readonly Block[];
}

/** A cross-heading ("Manufacturers: Duty to Notify and Be Notified") and the clauses under it. */
export interface CrossHeading extends NodeBase {
  readonly type: 'crossHeading';
  /** The heading's words; null for clauses that stand before the first cross-heading. */
  readonly title: string | null;
  /** Tables standing under the heading before its first clause (a schedule, a service list); absent when none. */
  readonly tables?: readonly Table[];
  /** The clauses under the heading, in document order. */
  readonly clauses: readonly Clause[];
}

/** One Section of a code ("Section G: Security"), as held in one file. */
export interface Section extends NodeBase {
  readonly type: 'section';
  /** The Section's letter or id: "G". */
  readonly id: string;
  /** The Section's title: "Security". */
  readonly title: string;
  /** Cross-headings in document order. */
  readonly headings: readonly CrossHeading[];
}

/** Metadata of a Section file's front matter. */
export interface SectionMeta {
  /** Code id, e.g. "SEC". */
  readonly code: string;
  /** Consolidated version id, e.g. "6.17". */
  readonly version: string;
  /** True when the file holds only part of the Section (an extract), so absences prove nothing. */
  readonly extract: boolean;
  /** Where the text comes from, in words (for an extract especially). */
  readonly source?: string;
  /** Clause-number pattern (a regular expression source) when the code is not numbered like the SEC. */
  readonly numbering?: string;
  /** Modifications consolidated into this version, in the order applied. */
  readonly modifications?: readonly string[];
  /** Date the version came into force (ISO yyyy-mm-dd), when known. */
  readonly effective?: string;
  /** Panel Information Policy classification of the published Section ("White"), when the store states it. */
  readonly classification?: string;
}

/** A Section file: its metadata and its tree. */
export interface SectionFile {
  readonly type: 'sectionFile';
  /** The file path, as given to the parser. */
  readonly file: string;
  readonly meta: SectionMeta;
  readonly section: Section;
}

/** A consolidated version of a code: all the Sections the store holds for it. */
export interface Version {
  readonly type: 'version';
  /** Code id, e.g. "SEC". */
  readonly code: string;
  /** Version id, e.g. "6.17". */
  readonly id: string;
  /** True when any Section is held only as an extract. */
  readonly extract: boolean;
  /** Modifications consolidated into this version (from its front matter). */
  readonly modifications: readonly string[];
  /** Date the version came into force (ISO yyyy-mm-dd), when known. */
  readonly effective?: string;
  /** The Section files, ordered by Section id. */
  readonly files: readonly SectionFile[];
}

/** A code and the versions the store holds of it. */
export interface Code {
  readonly type: 'code';
  /** Code id, e.g. "SEC". */
  readonly id: string;
  readonly versions: readonly Version[];
}

/** A clause deletion declared by a modification. */
export interface ClauseDeletion {
  /** The clause number to delete, e.g. "G3.22". */
  readonly number: string;
  /** The Section holding it, when the entry names one ("Y:1.1"): numbers local to appendices can repeat. */
  readonly document?: string;
  /** Where the deletion is declared (the front-matter entry). */
  readonly position?: SourcePosition;
}

/**
 * A modification's removal of the tables under a cross-heading (`delete: ["tables under K1.1"]`):
 * the heading is named by a clause it holds in the base, since a heading has no number.
 */
export interface TableDeletion {
  /** A clause the heading holds in the base version, e.g. "K1.1". */
  readonly clause: string;
  /** The Section holding it, when the entry names one ("tables under Y:1.1"). */
  readonly document?: string;
  /** Where the deletion is declared (the front-matter entry). */
  readonly position?: SourcePosition;
}

/** Metadata of a Modification Proposal, from its file's front matter. */
export interface ModificationMeta {
  /** The proposal id: "MP087". */
  readonly id: string;
  /** The proposal title: "Correction to SEC Section G – User Responsibilities". */
  readonly title: string;
  /** Code id. */
  readonly code: string;
  /** The consolidated version the legal text is drafted against: "6.17". */
  readonly base: string;
  /** Version of the legal text: "1.0". */
  readonly version: string;
  /** Panel Information Policy classification: "White", "Green", "Amber", "Red". */
  readonly classification: string;
  /**
   * Modification path: "Fast-Track", "Self-Governance", "Authority Determination". Absent while the
   * proposal is a draft (the Panel has not yet set it): a draft can be annexed and checked, not released.
   */
  readonly path?: string;
  /** Implementation date (ISO yyyy-mm-dd), when decided. */
  readonly implemented?: string;
  /** Clause-number pattern, when the code is not numbered like the SEC. */
  readonly numbering?: string;
}

/**
 * A modification: only the clauses it amends or inserts, in full, under their Section and
 * cross-heading, and the clauses it deletes.
 */
export interface Modification {
  readonly type: 'modification';
  /** The file path, as given to the parser. */
  readonly file: string;
  readonly meta: ModificationMeta;
  /** Partial Sections holding the amended and inserted clauses. */
  readonly sections: readonly Section[];
  /** Clauses removed from the base version. */
  readonly deletions: readonly ClauseDeletion[];
  /** Headings whose tables are removed (unless the modification restates tables under them, which then replace them). */
  readonly tableDeletions?: readonly TableDeletion[];
  /** Where the `base` key stands, for errors about a base version the store lacks. */
  readonly basePosition?: SourcePosition;
}

/** Any node of the clause tree that has words of its own. */
export type TextNode = Clause | Block;
