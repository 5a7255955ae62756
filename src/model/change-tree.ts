/**
 * The change tree: what `compare` makes of two clause trees and every renderer draws.
 *
 * It mirrors the clause tree (section -> cross-heading -> clause -> block) with a `kind` on every
 * node and the words as spans. The spans are the redline itself: joining the `equal` and `insert`
 * spans gives the amended words exactly, joining `equal` and `delete` gives the base words exactly.
 * Every renderer must keep that property (accept all = amended, reject all = base).
 */
import type { Block, Clause, ModificationMeta, TableAlign } from './clause-tree.js';

/** How a node differs between base and amended. */
export type ChangeKind = 'unchanged' | 'amended' | 'inserted' | 'deleted';

/** A run of words that is kept, inserted or deleted. White space belongs to the spans like any other text. */
export interface Span {
  readonly type: 'equal' | 'insert' | 'delete';
  /** The text, exactly as it reads (spaces included). */
  readonly text: string;
  /** The modification that made this change, where a release redline attributes changes. */
  readonly by?: string;
}

/** A paragraph, definition or run of unnumbered words, compared. */
export interface BlockChange {
  readonly type: 'blockChange';
  readonly kind: ChangeKind;
  /** Which kind of block it is (the amended one's kind, or the base one's when deleted). */
  readonly block: Block['type'];
  /** The block in the base tree; absent when inserted. */
  readonly base?: Block;
  /** The block in the amended tree; absent when deleted. */
  readonly amended?: Block;
  /** A paragraph's label as spans: [equal "b"], or [delete "c", insert "b"] when re-lettered; [] otherwise. */
  readonly label: readonly Span[];
  /** A definition's term as spans; [] otherwise. */
  readonly term: readonly Span[];
  /** The block's own words (after label or term) as spans. */
  readonly text: readonly Span[];
  /** Sub-paragraphs and words, compared. */
  readonly children: readonly BlockChange[];
  /** For a table, its rows compared; label, term, text and children are then []. */
  readonly table?: TableChange;
}

/**
 * A table, compared: body rows aligned by content as blocks are (an inserted row, a deleted row, a
 * changed cell), cells compared column by column. Two tables of different column counts are never
 * paired: the base table is deleted and the amended one inserted.
 */
export interface TableChange {
  /** Each column's alignment (the amended table's, or the base's when deleted). */
  readonly align: readonly TableAlign[];
  /** The header row, compared. */
  readonly header: RowChange;
  /** The body rows, compared, in reading order. */
  readonly rows: readonly RowChange[];
}

/** A table row, compared. */
export interface RowChange {
  readonly type: 'rowChange';
  /** inserted / deleted: the whole row; amended: some cell's words changed. */
  readonly kind: ChangeKind;
  /** One cell per column. */
  readonly cells: readonly CellChange[];
}

/** A table cell, compared. */
export interface CellChange {
  readonly type: 'cellChange';
  /** The cell's words as spans. */
  readonly text: readonly Span[];
  /** A defined term's cell, drawn in bold (the amended side's say, or the base's when deleted). */
  readonly bold: boolean;
}

/** A clause, compared. Clauses are aligned by number, so a number never changes within one ClauseChange. */
export interface ClauseChange {
  readonly type: 'clauseChange';
  readonly kind: ChangeKind;
  /** The clause number, e.g. "G3.20". */
  readonly number: string;
  /** The clause in the base tree; absent when inserted. */
  readonly base?: Clause;
  /** The clause in the amended tree; absent when deleted. */
  readonly amended?: Clause;
  /** The lead-in words as spans. */
  readonly text: readonly Span[];
  /** Paragraphs, definitions and words, compared. */
  readonly children: readonly BlockChange[];
}

/** A cross-heading, compared, with the clauses under it. */
export interface HeadingChange {
  readonly type: 'headingChange';
  readonly kind: ChangeKind;
  /** The heading's words as spans; null for clauses that stand before any cross-heading. */
  readonly title: readonly Span[] | null;
  /** Tables standing under the heading before its first clause, compared; absent when neither side has any. */
  readonly tables?: readonly BlockChange[];
  readonly clauses: readonly ClauseChange[];
}

/** A Section, compared. */
export interface SectionChange {
  readonly type: 'sectionChange';
  readonly kind: ChangeKind;
  /** The Section id: "G". */
  readonly id: string;
  /** The Section title as spans. */
  readonly title: readonly Span[];
  readonly headings: readonly HeadingChange[];
}

/** Two versions (or a base and a modification) compared. */
export interface ChangeTree {
  readonly type: 'changeTree';
  /** Code id: "SEC". */
  readonly code: string;
  /** What the base is: a version id ("6.17") or a file or folder name. */
  readonly base: string;
  /** What the amended side is: a version id, "6.17+MP087", or a file or folder name. */
  readonly amended: string;
  readonly sections: readonly SectionChange[];
}

/** One instruction of an Annex A ("Amend Section G3.20 as follows:") and the text it introduces. */
export interface AnnexInstruction {
  readonly type: 'annexInstruction';
  /** The instruction as printed: "Amend Section G3.20 as follows:", "Insert new Section G3.20A as follows:", "Delete Section G3.22.". */
  readonly text: string;
  /** The clauses it shows, changed ones and their context, under their cross-headings. */
  readonly headings: readonly HeadingChange[];
}

/** The part of an Annex A that amends one Section ("Section G 'Security'"). */
export interface AnnexSection {
  readonly type: 'annexSection';
  /** The Section id: "G". */
  readonly id: string;
  /** The Section title: "Security". */
  readonly title: string;
  readonly instructions: readonly AnnexInstruction[];
}

/** An Annex A: the legal text of a modification, redlined against its base version. */
export interface AnnexDocument {
  readonly type: 'annex';
  /** The modification's metadata (id, title, legal-text version, classification, base, dates). */
  readonly modification: ModificationMeta;
  /** The version the changes are drafted against, as the annex names it: "6.17". */
  readonly base: string;
  /** The date revisions carry (ISO yyyy-mm-dd): the modification's own date, never the clock. */
  readonly date: string;
  readonly sections: readonly AnnexSection[];
}
